package io.github.i3dsession.api;

import java.net.URI;
import java.util.Objects;

/**
 * What a call is, as an observer sees it: the operation, its method and path template, the server and the
 * transport. Immutable; holds no secret.
 */
public final class CallInfo {
    private final String operation;
    private final String method;
    private final String pathTemplate;
    private final URI baseUri;
    private final String transport;
    private final boolean automatic;

    private CallInfo(
            String operation, String method, String pathTemplate, URI baseUri, String transport, boolean automatic) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.automatic = automatic;
    }

    /**
     * Describes a call.
     *
     * @param operation {@code login}, {@code provideOtp}, {@code getUser}, {@code logout} or {@code send}
     * @param method the HTTP method
     * @param pathTemplate the path without query, such as {@code /v3/session/user}
     * @param baseUri the client's base URI
     * @param transport the transport's name, such as {@code jdk}
     * @param automatic whether the client made this call by itself (an automatic login and its OTP step)
     * @return the description
     * @throws NullPointerException if an argument is null
     */
    public static CallInfo of(
            String operation, String method, String pathTemplate, URI baseUri, String transport, boolean automatic) {
        return new CallInfo(operation, method, pathTemplate, baseUri, transport, automatic);
    }

    /**
     * Returns the operation: {@code login}, {@code provideOtp}, {@code getUser}, {@code logout} or {@code send}.
     *
     * @return the operation name
     */
    public String operation() {
        return operation;
    }

    /**
     * Returns the HTTP method.
     *
     * @return the method, such as {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path without query: the operation's path, or a {@code send}'s request path.
     *
     * @return the path, such as {@code /v3/session/user}
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Returns the client's base URI (scheme, host, port and base path; never user info).
     *
     * @return the base URI
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Returns the transport's name.
     *
     * @return {@code jdk}, {@code httpclient5}, {@code feign}, or another adapter's name
     */
    public String transport() {
        return transport;
    }

    /**
     * Tells whether the client made this call by itself: an automatic login (see
     * {@link SessionClientBuilder#autoLogin(java.util.function.Supplier, OtpSource)}) or its OTP step.
     *
     * @return true for automatic calls
     */
    public boolean automatic() {
        return automatic;
    }

    @Override
    public String toString() {
        return "CallInfo{" + operation + " " + method + " " + pathTemplate + ", transport=" + transport
                + (automatic ? ", automatic" : "") + "}";
    }
}
