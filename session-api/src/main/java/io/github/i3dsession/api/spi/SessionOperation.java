package io.github.i3dsession.api.spi;

/**
 * The four operations of the i3D.net v3 Session API, with the HTTP method and path the spec gives each.
 *
 * <p>Transports receive the operation on every {@link TransportRequest} so that a declarative adapter can
 * dispatch on it and so that logs and metrics can name it; an imperative adapter can ignore it.
 */
public enum SessionOperation {
    /** {@code POST /v3/session/login}: log in with user name and password. */
    LOGIN("login", "POST", "/v3/session/login"),
    /** {@code POST /v3/session/login/otp}: complete a 2FA login with a one-time password. */
    PROVIDE_OTP("provideOTP", "POST", "/v3/session/login/otp"),
    /** {@code POST /v3/session/logout}: end the session. */
    LOGOUT("logout", "POST", "/v3/session/logout"),
    /** {@code GET /v3/session/user}: read the logged-in user. */
    GET_USER("getUser", "GET", "/v3/session/user"),

    /**
     * A request of the rest of the v3 API, made with {@code SessionClient.send}: its method and URI are the
     * {@link TransportRequest}'s own ({@link TransportRequest#method()}, {@link TransportRequest#uri()}); this
     * constant's {@link #method()} and {@link #path()} are {@code "*"}. A transport sends it as it is, like the
     * others.
     */
    SEND("send", "*", "*");

    private final String operationId;
    private final String method;
    private final String path;

    SessionOperation(String operationId, String method, String path) {
        this.operationId = operationId;
        this.method = method;
        this.path = path;
    }

    /**
     * Returns the spec's operationId.
     *
     * @return the operationId, for example {@code "getUser"}
     */
    public String operationId() {
        return operationId;
    }

    /**
     * Returns the HTTP method.
     *
     * @return {@code "GET"} or {@code "POST"}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path relative to the base URI, starting with a slash.
     *
     * @return the path, for example {@code "/v3/session/user"}
     */
    public String path() {
        return path;
    }

    /**
     * Tells whether sending this operation twice can have a different effect than sending it once.
     * Login and OTP are never re-sent once they may have reached the server.
     *
     * @return {@code true} for {@link #GET_USER} and {@link #LOGOUT}
     */
    public boolean isIdempotent() {
        return this == GET_USER || this == LOGOUT;
    }
}
