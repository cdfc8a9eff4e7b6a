package io.github.i3dsession.api;

import io.github.i3dsession.api.internal.Checks;
import io.github.i3dsession.api.internal.ClientConfig;
import io.github.i3dsession.api.internal.DefaultSessionClient;
import io.github.i3dsession.api.internal.TransportDiscovery;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportOptions;
import io.github.i3dsession.model.SessionLogin;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Configures and builds a {@link SessionClient}. Not thread-safe; every setter replaces the previous value.
 *
 * <pre>{@code
 * SessionClient client = SessionClient.builder()
 *         .apiKey(System.getenv("I3D_API_KEY"))
 *         .requestTimeout(Duration.ofSeconds(10))
 *         .transport(JdkTransport.create())
 *         .build();
 * }</pre>
 *
 * <p>Defaults: base URI {@value #DEFAULT_BASE_URI}, no API key, connect timeout 10 s, request timeout 30 s
 * per attempt, call timeout 60 s across retries, {@link RetryPolicy#defaults()}, response bodies up to 1 MiB,
 * and the transport found on the class path (see {@link #build()}).
 */
public final class SessionClientBuilder {
    /** The live API's base URI, used unless {@link #baseUri(URI)} says otherwise. */
    public static final String DEFAULT_BASE_URI = "https://api.i3d.net";
    /** The system property that names the transport provider to use when several are on the class path. */
    public static final String TRANSPORT_PROPERTY = "i3dsession.transport";

    private URI baseUri = URI.create(DEFAULT_BASE_URI);
    private String apiKey;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private long maxResponseBytes = 1024L * 1024L;
    private boolean allowInsecureHttp;
    private SessionTransport transport;
    private final List<SessionObserver> observers = new ArrayList<>();
    private SessionState session;
    private Supplier<SessionLogin> credentials;
    private OtpSource otpSource;

    SessionClientBuilder() {}

    /**
     * Sets the API's base URI; the operation paths ({@code /v3/session/...}) are appended to it.
     *
     * @param baseUri an absolute {@code https} URI (or {@code http} to a loopback host, or with
     *     {@link #allowInsecureHttp()}), without user info, query or fragment
     * @return this builder
     * @throws NullPointerException if {@code baseUri} is null
     */
    public SessionClientBuilder baseUri(URI baseUri) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        return this;
    }

    /**
     * Sets the API key, sent as the {@code PRIVATE-TOKEN} header on every request. Without one, the header is
     * never sent.
     *
     * @param apiKey the key; never logged or shown
     * @return this builder
     * @throws NullPointerException if {@code apiKey} is null
     * @throws IllegalArgumentException if {@code apiKey} is blank or contains a line break
     */
    public SessionClientBuilder apiKey(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        if (apiKey.indexOf('\r') >= 0 || apiKey.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("apiKey must not contain a line break");
        }
        this.apiKey = apiKey;
        return this;
    }

    /**
     * Sets how long to wait for a connection. Applies to transports this builder discovers, and per request
     * where the transport's library allows it.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     * @throws NullPointerException if {@code connectTimeout} is null
     * @throws IllegalArgumentException if it is not positive
     */
    public SessionClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
        return this;
    }

    /**
     * Sets how long one attempt may wait for the response headers.
     *
     * @param requestTimeout a positive duration
     * @return this builder
     * @throws NullPointerException if {@code requestTimeout} is null
     * @throws IllegalArgumentException if it is not positive
     */
    public SessionClientBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = Checks.positive(requestTimeout, "requestTimeout");
        return this;
    }

    /**
     * Sets the deadline of a whole call, every attempt and backoff included.
     *
     * @param callTimeout a positive duration
     * @return this builder
     * @throws NullPointerException if {@code callTimeout} is null
     * @throws IllegalArgumentException if it is not positive
     */
    public SessionClientBuilder callTimeout(Duration callTimeout) {
        this.callTimeout = Checks.positive(callTimeout, "callTimeout");
        return this;
    }

    /**
     * Sets the retry policy; {@link RetryPolicy#none()} turns retries off.
     *
     * @param retryPolicy the policy
     * @return this builder
     * @throws NullPointerException if {@code retryPolicy} is null
     */
    public SessionClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * Sets the largest response body accepted; a larger one is refused while it streams, with
     * {@link UnexpectedResponseException}.
     *
     * @param maxResponseBytes a positive byte count
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public SessionClientBuilder maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return this;
    }

    /**
     * Allows a plain {@code http} base URI to a host that is not loopback. Passwords and session cookies then
     * cross the network unencrypted: use only inside a trusted network.
     *
     * @return this builder
     */
    public SessionClientBuilder allowInsecureHttp() {
        this.allowInsecureHttp = true;
        return this;
    }

    /**
     * Sets the transport. The caller keeps ownership: closing the client does not close it, so one transport
     * can serve several clients. Without this, {@link #build()} discovers one.
     *
     * @param transport the transport
     * @return this builder
     * @throws NullPointerException if {@code transport} is null
     */
    public SessionClientBuilder transport(SessionTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return this;
    }

    /**
     * Starts the client with a saved session (from {@link SessionClient#session()}), so that it is logged in
     * without a login call. The session's base URI must be the builder's. A {@link SessionState} is a credential.
     *
     * @param session the saved session
     * @return this builder
     * @throws NullPointerException if {@code session} is null
     */
    public SessionClientBuilder session(SessionState session) {
        this.session = Objects.requireNonNull(session, "session");
        return this;
    }

    /**
     * Turns on automatic login for an account without 2FA; see {@link #autoLogin(Supplier, OtpSource)}.
     *
     * @param credentials asked once per login, so the password can come from a vault each time
     * @return this builder
     * @throws NullPointerException if {@code credentials} is null
     */
    public SessionClientBuilder autoLogin(Supplier<SessionLogin> credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.otpSource = null;
        return this;
    }

    /**
     * Turns on automatic login: a call that needs a session ({@code getUser}, {@code send}) logs in first when the
     * client has none, and when the server says the session is gone (404 on {@code getUser}, 401 on {@code send})
     * logs in again once and repeats the call once. Calls on many threads that find the session gone share one
     * login. A login that fails is thrown to the call that caused it and not repeated by itself; after a 401 no
     * automatic login starts until the application calls {@link SessionClient#login} itself, and after a 429 none
     * starts before its {@code Retry-After} has passed, so automatic login can never lock an account out.
     *
     * <pre>{@code
     * SessionClient client = SessionClient.builder()
     *         .autoLogin(() -> SessionLogin.of("robot", vault.password("robot")),
     *                 Totp.fromBase32(vault.totpSecret("robot")))
     *         .build();
     * SessionUser user = client.getUser(); // logs in, with the TOTP code, on first use
     * }</pre>
     *
     * @param credentials asked once per login, so the password can come from a vault each time
     * @param otp gives the one-time password when the login requires one, such as a {@code Totp}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public SessionClientBuilder autoLogin(Supplier<SessionLogin> credentials, OtpSource otp) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.otpSource = Objects.requireNonNull(otp, "otp");
        return this;
    }

    /**
     * Adds an observer of every call and attempt (metrics, traces, logs of your own); several are called in the
     * order they were added. See {@link SessionObserver} for what they see and what they never see.
     *
     * @param observer the observer
     * @return this builder
     * @throws NullPointerException if {@code observer} is null
     */
    public SessionClientBuilder addObserver(SessionObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
        return this;
    }

    /**
     * Builds the client without touching the network.
     *
     * <p>Without {@link #transport(SessionTransport)}, the transport comes from the provider named by the system
     * property {@value #TRANSPORT_PROPERTY}, or else from the single
     * {@link io.github.i3dsession.api.spi.SessionTransportProvider} found by {@link java.util.ServiceLoader};
     * the client then owns it and closes it.
     *
     * @return the client
     * @throws IllegalStateException if the base URI is unusable (not absolute, not http/https, has user info,
     *     query or fragment, or is plain http to a non-loopback host without {@link #allowInsecureHttp()}), if
     *     {@code requestTimeout} exceeds {@code callTimeout}, if a {@link #session(SessionState) session} belongs
     *     to another base URI, or if no transport, or more than one, was found
     */
    public SessionClient build() {
        if (requestTimeout.compareTo(callTimeout) > 0) {
            throw new IllegalStateException(
                    "requestTimeout (" + requestTimeout + ") must not exceed callTimeout (" + callTimeout + ")");
        }
        URI checkedBaseUri = ClientConfig.checkBaseUri(baseUri, allowInsecureHttp);
        if (session != null && !sameOrigin(session.baseUri(), checkedBaseUri)) {
            throw new IllegalStateException("session belongs to " + session.baseUri() + ", not to the baseUri "
                    + checkedBaseUri + "; a session cannot move to another server");
        }
        boolean ownsTransport = transport == null;
        SessionTransport chosen =
                ownsTransport ? TransportDiscovery.discover(TransportOptions.of(connectTimeout)) : transport;
        ClientConfig config = new ClientConfig(
                checkedBaseUri,
                apiKey,
                connectTimeout,
                requestTimeout,
                callTimeout,
                retryPolicy,
                maxResponseBytes,
                chosen,
                ownsTransport,
                observers,
                credentials,
                otpSource);
        return new DefaultSessionClient(config, session);
    }

    private static boolean sameOrigin(URI saved, URI configured) {
        String a = saved.toString();
        while (a.endsWith("/")) {
            a = a.substring(0, a.length() - 1);
        }
        return a.equalsIgnoreCase(configured.toString());
    }

    @Override
    public String toString() {
        // A base URI with user info is refused by build(); until then it must not be echoed either.
        String shownBaseUri =
                baseUri.getRawAuthority() != null && baseUri.getRawAuthority().contains("@")
                        ? "<hidden: has user info>"
                        : baseUri.toString();
        return "SessionClientBuilder{baseUri=" + shownBaseUri + ", apiKey=" + (apiKey == null ? "none" : "****")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy
                + ", maxResponseBytes=" + maxResponseBytes + ", observers=" + observers.size()
                + (credentials == null ? "" : ", autoLogin" + (otpSource == null ? "" : " with OTP")) + "}";
    }
}
