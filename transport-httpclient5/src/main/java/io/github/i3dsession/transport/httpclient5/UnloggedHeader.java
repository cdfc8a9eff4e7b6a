package io.github.i3dsession.transport.httpclient5;

import org.apache.hc.core5.http.Header;

/**
 * A request header whose {@link #toString()} shows its name but never its value.
 *
 * <p>HttpClient writes headers to the wire through {@link #getName()} and {@link #getValue()}, but its header
 * loggers print {@code toString()}. The clients the transport creates log nothing anyway; with an application's
 * client this keeps the {@code Cookie} and the {@code PRIVATE-TOKEN} out of its header log.
 */
final class UnloggedHeader implements Header {
    private final String name;
    private final String value;

    UnloggedHeader(String name, String value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getValue() {
        return value;
    }

    /** Tells HTTP/2 never to index the value in a compression table that could outlive the request. */
    @Override
    public boolean isSensitive() {
        return true;
    }

    @Override
    public String toString() {
        return name + ": <hidden>";
    }
}
