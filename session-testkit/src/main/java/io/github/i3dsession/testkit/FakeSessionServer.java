package io.github.i3dsession.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An embeddable, stateful fake of the i3D.net v3 Session API on the JDK's built-in HTTP server, listening on
 * {@code 127.0.0.1} on a free port. It records every request, can be scripted with canned responses and
 * faults, and otherwise behaves like the real service:
 *
 * <ul>
 *   <li>{@code POST /v3/session/login} with {@code {"userName":..,"password":..}}: 200 with a
 *       {@code SessionAuthReq} and {@code Set-Cookie: <name>=<id>; Path=/; HttpOnly}; for a user without 2FA
 *       the session is authenticated at once ({@code requiresOtp} false, both deadlines 0), otherwise it is
 *       pending until the OTP (both deadlines now + {@code otpWindow}, in Unix seconds). 401 for an unknown
 *       user or a wrong password; after {@code maxFailedLogins} consecutive failures for one user name, 429
 *       with {@code Retry-After: <seconds>} until the lockout has passed; 409 if the request carries the cookie
 *       of an authenticated session. A body that is not a JSON object with string {@code userName} and
 *       {@code password} gets 400 with an {@code Error} document: that status is not in the spec, and the
 *       library's client never triggers it.
 *   <li>{@code POST /v3/session/login/otp} with {@code {"otp":"123456"}}: 204 and the session is authenticated;
 *       401 for a wrong code; 404 without a pending session, or when its OTP window has closed (the session is
 *       then dropped). A malformed body on a pending session gets the out-of-spec 400.
 *   <li>{@code GET /v3/session/user}: 200 with the user's {@code SessionUser} for an authenticated session,
 *       else 404.
 *   <li>{@code POST /v3/session/logout}: always 204; drops the session, if any, and clears the cookie.
 *   <li>Endpoints added with {@link Builder#endpoint(String, String, int, String)}: their status and JSON body for
 *       an authenticated session, else 401 with an {@code Error} document.
 *   <li>Any other method or path: 404 with no body.
 * </ul>
 *
 * <p>A session lives until logout, until {@link #expireSessions()}, or, with
 * {@link Builder#sessionIdleTimeout(Duration)}, until it has not been used for that long; after that its cookie
 * is unknown, so {@code GET /v3/session/user} answers 404 and added endpoints 401, and the client must log in
 * again. {@link #loginCount()} tells how often it did.
 *
 * <p>Bodies that are not empty are JSON with {@code Content-Type: application/json}. Times come from the
 * builder's {@link Clock}. All methods are thread-safe; the server serves concurrent clients from its own
 * daemon thread pool and must be {@linkplain #close() closed}.
 *
 * <pre>{@code
 * try (FakeSessionServer server = FakeSessionServer.builder()
 *     .user(FakeUser.withOtp("alice", "correct horse", "123456"))
 *     .start()) {
 *   URI baseUri = server.baseUri();          // http://127.0.0.1:<port>
 *   // ... point the client under test at baseUri and log in ...
 *   server.enqueue("/v3/session/user", FakeResponse.serverError());
 *   // ... the next GET /v3/session/user gets a 500 ...
 *   assertThat(server.requestCount("POST", "/v3/session/login")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class FakeSessionServer implements AutoCloseable {
    private final Recorder recorder;
    private final Map<String, Queue<FakeResponse>> script = new ConcurrentHashMap<>();
    private final SessionStore store;
    private final String sessionCookieName;
    private final LoopbackHttpServer http;
    private final URI baseUri;

    private FakeSessionServer(Builder builder) throws IOException {
        this.recorder = new Recorder(builder.recording);
        this.sessionCookieName = builder.sessionCookieName;
        this.store = new SessionStore(builder.clock, builder.maxFailedLogins, builder.lockout, builder.idleTimeout);
        SessionEndpoints endpoints = new SessionEndpoints(
                new LinkedHashMap<>(builder.users),
                store,
                sessionCookieName,
                builder.otpWindow,
                builder.wrapObjectsInArray,
                new HashMap<>(builder.endpoints));
        this.http = new LoopbackHttpServer(
                closing -> new ExchangeHandler(recorder, this::nextScripted, endpoints, closing));
        this.baseUri = URI.create("http://127.0.0.1:" + http.port());
    }

    /**
     * Returns a builder for a server with no users and the default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the base URI to point clients at, such as {@code http://127.0.0.1:54321}, without a trailing slash.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return baseUri.getPort();
    }

    /**
     * Returns the name of the session cookie.
     *
     * @return the cookie name
     */
    public String sessionCookieName() {
        return sessionCookieName;
    }

    /**
     * Returns a snapshot of every request received so far (since {@link #clearRequests()}), in arrival order.
     *
     * @return an unmodifiable copy
     */
    public List<RecordedRequest> requests() {
        return recorder.requests();
    }

    /**
     * Returns the number of requests received so far (since {@link #clearRequests()}).
     *
     * @return the count
     */
    public int requestCount() {
        return recorder.requestCount();
    }

    /**
     * Returns how many requests had this method (matched case-insensitively) and exactly this path.
     *
     * @param method the method, such as {@code POST}, not null
     * @param path the path without query, such as {@code /v3/session/login}, not null
     * @return the count
     */
    public int requestCount(String method, String path) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        return recorder.requestCount(method, path);
    }

    /** Forgets the recorded requests and exchanges. Sessions and scripted responses are kept. */
    public void clearRequests() {
        recorder.clear();
    }

    /**
     * Returns a snapshot of every answered exchange so far (since {@link #clearRequests()}), in the order the
     * responses were started; see {@link RecordedExchange} for what exactly is recorded.
     *
     * @return an unmodifiable copy
     */
    public List<RecordedExchange> exchanges() {
        return recorder.exchanges();
    }

    /**
     * Queues {@code response} for the next request to {@code path}, whatever its method. Responses queued for
     * one path are used first in, first out, each once. A scripted response replaces the normal handling of
     * that request, which changes no session state, but the request is still recorded.
     *
     * @param path the exact path without query, such as {@code /v3/session/user}, not null
     * @param response the response, not null
     */
    public void enqueue(String path, FakeResponse response) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(response, "response");
        script.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(response);
    }

    /** Drops every scripted response that has not been used yet. */
    public void clearScript() {
        script.clear();
    }

    /**
     * Returns the number of live sessions: authenticated ones and pending ones whose OTP window is still open.
     *
     * @return the count
     */
    public int activeSessions() {
        return store.activeSessions();
    }

    /**
     * Ends every session now, as a server restart or a mass logout would: each session cookie the clients hold
     * becomes unknown. Users, lockouts, recordings and scripted responses are kept.
     */
    public void expireSessions() {
        store.dropAll();
    }

    /**
     * Returns the number of successful logins since the server started: answers with status 200 to
     * {@code POST /v3/session/login}, scripted ones included. A two-factor login counts once its password step
     * succeeds, whether or not the OTP follows. {@link #clearRequests()} does not reset it.
     *
     * @return the count
     */
    public int loginCount() {
        return recorder.loginCount();
    }

    /**
     * Stops the server at once: open connections are closed, stalled and dripping responses end, and the
     * server's threads are gone when this returns. Idempotent.
     */
    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "FakeSessionServer{" + baseUri + (http.isClosed() ? ", closed" : "") + '}';
    }

    private FakeResponse nextScripted(String path) {
        Queue<FakeResponse> queue = script.get(path);
        return queue == null ? null : queue.poll();
    }

    /** Configures and {@linkplain #start() starts} a {@link FakeSessionServer}. Not thread-safe. */
    public static final class Builder {
        private static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";
        private final Map<String, FakeUser> users = new LinkedHashMap<>();
        private final Map<String, CustomEndpoint> endpoints = new LinkedHashMap<>();
        private Duration idleTimeout;
        private int maxFailedLogins = 3;
        private Duration lockout = Duration.ofSeconds(60);
        private Duration otpWindow = Duration.ofMinutes(5);
        private String sessionCookieName = "i3d_session";
        private boolean wrapObjectsInArray;
        private boolean recording = true;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Adds a user; call once per user.
         *
         * @param user the user, not null
         * @return this builder
         * @throws IllegalArgumentException if a user with the same name was added already
         */
        public Builder user(FakeUser user) {
            Objects.requireNonNull(user, "user");
            if (users.putIfAbsent(user.userName(), user) != null) {
                throw new IllegalArgumentException("duplicate user: " + user.userName());
            }
            return this;
        }

        /**
         * Sets after how many consecutive failed logins of one user name logins are refused with 429 (default 3).
         *
         * @param maxFailedLogins at least 1
         * @return this builder
         */
        public Builder maxFailedLogins(int maxFailedLogins) {
            if (maxFailedLogins < 1) {
                throw new IllegalArgumentException("maxFailedLogins must be at least 1: " + maxFailedLogins);
            }
            this.maxFailedLogins = maxFailedLogins;
            return this;
        }

        /**
         * Sets how long a lockout lasts, by the server clock (default 60 seconds).
         *
         * @param lockout positive
         * @return this builder
         */
        public Builder lockout(Duration lockout) {
            this.lockout = positive(lockout, "lockout");
            return this;
        }

        /**
         * Sets how long a pending 2FA session accepts its OTP, by the server clock (default 5 minutes).
         *
         * @param otpWindow positive
         * @return this builder
         */
        public Builder otpWindow(Duration otpWindow) {
            this.otpWindow = positive(otpWindow, "otpWindow");
            return this;
        }

        /**
         * Makes sessions expire after {@code timeout} without a request that carries their cookie, by the server
         * clock (default: never). Every request with the cookie of a live session counts as use, whatever its
         * answer. An expired session is gone: {@code GET /v3/session/user} answers 404 and
         * {@link #endpoint(String, String, int, String) added endpoints} 401, as for a session that never existed.
         *
         * @param timeout positive, not null
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder sessionIdleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * Adds an authenticated endpoint besides the four session endpoints, such as {@code GET /v3/host}, for
         * testing code that calls other v3 endpoints with the session. A request with this method and exactly
         * this path (any query) that carries the cookie of a logged-in session gets {@code status} and
         * {@code body} with {@code Content-Type: application/json}; without a logged-in session it gets 401 with
         * an {@code Error} document. Request bodies are accepted with any method and recorded like every request.
         * Responses {@linkplain FakeSessionServer#enqueue scripted} for the path take precedence.
         *
         * @param method the method, an upper-case token such as {@code GET} or {@code PATCH}, not null
         * @param path the path, starting with {@code /}, without query or fragment, not null
         * @param status the status, 200 to 599
         * @param body one JSON value, or empty for no body (required for 204 and 304), not null
         * @return this builder
         * @throws IllegalArgumentException if an argument is malformed, the endpoint is one of the session
         *     endpoints, or the same method and path were added before
         */
        public Builder endpoint(String method, String path, int status, String body) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(body, "body");
            CustomEndpoint endpoint = CustomEndpoint.of(method, path, status, body);
            if (endpoints.putIfAbsent(endpoint.route, endpoint) != null) {
                throw new IllegalArgumentException("duplicate endpoint: " + endpoint.route);
            }
            return this;
        }

        /**
         * Sets the session cookie's name (default {@code i3d_session}).
         *
         * @param name a cookie name token: not empty, no whitespace, separators or control characters
         * @return this builder
         */
        public Builder sessionCookieName(String name) {
            Objects.requireNonNull(name, "name");
            boolean token = name.chars().allMatch(c -> c > 0x20 && c < 0x7f && SEPARATORS.indexOf(c) < 0);
            if (name.isEmpty() || !token) {
                throw new IllegalArgumentException("sessionCookieName is not a valid cookie name: " + name);
            }
            this.sessionCookieName = name;
            return this;
        }

        /**
         * Sets whether every JSON object the session endpoints answer with is sent as a one-element JSON array,
         * as the live API may do (default false). Scripted responses are sent as they are.
         *
         * @param wrap true to wrap
         * @return this builder
         */
        public Builder wrapObjectsInArray(boolean wrap) {
            this.wrapObjectsInArray = wrap;
            return this;
        }

        /**
         * Turns keeping every request and exchange on (the default) or off. Off, {@link FakeSessionServer#requests()} and
         * {@link FakeSessionServer#exchanges()} stay empty and only the counts are kept, so a benchmark or a long load run does not
         * grow the heap.
         *
         * @param recording whether to keep requests and exchanges
         * @return this builder
         */
        public Builder recording(boolean recording) {
            this.recording = recording;
            return this;
        }

        /**
         * Sets the clock for OTP windows, TOTP steps, lockouts and idle sessions (default {@link Clock#systemUTC()}). Only its
         * {@link Clock#instant()} is used.
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Binds {@code 127.0.0.1} on a free port and starts serving.
         *
         * @return the running server; close it when done
         * @throws UncheckedIOException if the server cannot be bound
         */
        public FakeSessionServer start() {
            try {
                return new FakeSessionServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start FakeSessionServer on 127.0.0.1", e);
            }
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
