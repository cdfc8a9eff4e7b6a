package io.github.i3dsession.api;

/**
 * The headers an observer may add to one attempt (see {@link CallObserver#attemptStarted}), for trace propagation.
 * Not thread-safe: use it only inside the {@code attemptStarted} call that received it.
 */
public interface RequestHeaders {

    /**
     * Sets a header on this attempt, replacing a value an earlier observer set under the same name.
     *
     * @param name a header name; {@code Cookie}, {@code PRIVATE-TOKEN}, {@code Authorization},
     *     {@code Proxy-Authorization}, {@code Host}, {@code User-Agent} and any {@code Content-*} header are refused
     * @param value the value, without line breaks
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is refused or not a valid token, or the value has a line break
     */
    void set(String name, String value);
}
