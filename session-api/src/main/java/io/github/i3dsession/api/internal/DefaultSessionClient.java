package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.ApiRequest;
import io.github.i3dsession.api.ApiResponse;
import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionState;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The {@link SessionClient} over any {@link SessionTransport}. Internal. */
public final class DefaultSessionClient implements SessionClient {
    private final ClientConfig config;
    private final CallPath path;
    /**
     * The async view, created on first use: a program that only blocks never loads (and verifies) its class, which
     * is a measurable part of a fresh JVM's start-up.
     */
    private final AtomicReference<AsyncSessionClient> async = new AtomicReference<>();

    private final AtomicBoolean closed = new AtomicBoolean();
    /** Opens on close(): wakes blocking calls waiting to retry. */
    private final CountDownLatch closing = new CountDownLatch(1);
    /** What close() runs to end each call in flight: its attempt's guard, or an async call's future. */
    private final Set<Runnable> inFlight = ConcurrentHashMap.newKeySet();
    /** Null unless the builder set {@code autoLogin}. */
    private final AutoLogin autoLogin;

    /**
     * Creates a client.
     *
     * @param config the checked settings
     * @param session a saved session to start with, or null
     */
    public DefaultSessionClient(ClientConfig config, SessionState session) {
        this.config = config;
        this.path = new CallPath(config, Clock.systemUTC());
        if (session != null) {
            path.cookies.restore(session.cookies());
        }
        this.autoLogin = config.credentials == null
                ? null
                : new AutoLogin(config.credentials, config.otpSource, Clock.systemUTC());
    }

    @Override
    public SessionAuthReq login(SessionLogin login) {
        SessionAuthReq auth = execute(Calls.login(config, login), false);
        if (autoLogin != null) {
            autoLogin.applicationLoggedIn();
        }
        return auth;
    }

    @Override
    public void provideOtp(SessionLoginOtp otp) {
        execute(Calls.otp(config, otp), false);
    }

    @Override
    public void logout() {
        execute(Calls.logout(config), false);
    }

    @Override
    public SessionUser getUser() {
        return withSession(path.userCall, user -> false, gone -> gone instanceof NotLoggedInException);
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        return withSession(() -> Calls.send(config, request), response -> response.status() == 401, gone -> false);
    }

    /**
     * Runs a call that needs a session. With automatic login, logs in first when the client has none, and when the
     * result or the failure says the server dropped the session, logs in again once and repeats the call once; a
     * second "gone" is the answer. The async client applies the same rule in its {@code withSession}.
     */
    private <T> T withSession(
            Supplier<Call<T>> calls, Predicate<T> goneResult, Predicate<RuntimeException> goneFailure) {
        if (autoLogin == null) {
            return execute(calls.get(), false);
        }
        long deadline = System.nanoTime() + config.callTimeoutNanos;
        long seen = ensureSession(deadline);
        T result;
        try {
            result = execute(calls.get(), false);
        } catch (RuntimeException e) {
            if (!goneFailure.test(e)) {
                throw e;
            }
            awaitLogin(seen, deadline);
            return execute(calls.get(), false);
        }
        if (!goneResult.test(result)) {
            return result;
        }
        awaitLogin(seen, deadline);
        return execute(calls.get(), false);
    }

    @Override
    public SessionState session() {
        return SessionState.of(config.baseUri, path.cookies.export());
    }

    @Override
    public Map<String, String> headersFor(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (!covers(uri)) {
            return Map.of();
        }
        String cookie = path.cookies.headerFor(uri);
        if (cookie == null) {
            // No session cookie covers this URI (or no session yet): there is no session to use there.
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", cookie);
        if (config.apiKey != null) {
            headers.put("PRIVATE-TOKEN", config.apiKey);
        }
        return Collections.unmodifiableMap(headers);
    }

    /** Whether {@code uri} is under the base URI: same scheme, host and port, and a path below its path. */
    private boolean covers(URI uri) {
        URI base = config.baseUri;
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !base.getScheme().equalsIgnoreCase(uri.getScheme())
                || !base.getHost().equalsIgnoreCase(uri.getHost())
                || port(base) != port(uri)) {
            return false;
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return basePath.isEmpty() || path.equals(basePath) || path.startsWith(basePath + "/");
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Logs in first when the client holds no session; returns the login generation the call runs under. */
    long ensureSession(long deadlineNanos) {
        long seen = autoLogin.generation();
        if (path.cookies.isEmpty()) {
            awaitLogin(seen, deadlineNanos);
            seen = autoLogin.generation();
        }
        return seen;
    }

    /** Joins (or leads) the automatic login and waits for it within the caller's deadline. */
    private void awaitLogin(long seenGeneration, long deadlineNanos) {
        CompletableFuture<Void> login = joinLogin(seenGeneration, false);
        try {
            login.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw (Error) cause;
        } catch (TimeoutException e) {
            throw new TransportException(
                    "automatic login did not complete within the call timeout of "
                            + Duration.ofNanos(config.callTimeoutNanos),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the automatic login", e);
        }
    }

    /**
     * The login to wait for. When this caller leads a new one, it runs here (sync) or on the login executor
     * (async), after the stale session is dropped so that the server does not answer 409.
     */
    CompletableFuture<Void> joinLogin(long seenGeneration, boolean async) {
        boolean[] leader = new boolean[1];
        CompletableFuture<Void> login = autoLogin.join(seenGeneration, leader);
        if (leader[0]) {
            path.cookies.clear();
            AutoLogin.Steps steps = new AutoLogin.Steps() {
                @Override
                public SessionAuthReq login(SessionLogin credentials) {
                    return execute(Calls.login(config, credentials), true);
                }

                @Override
                public void provideOtp(SessionLoginOtp otp) {
                    execute(Calls.otp(config, otp), true);
                }
            };
            if (async) {
                AutoLogin.executor().execute(() -> autoLogin.run(login, steps));
            } else {
                autoLogin.run(login, steps);
            }
        }
        return login;
    }

    AutoLogin autoLogin() {
        return autoLogin;
    }

    @Override
    public AsyncSessionClient async() {
        AsyncSessionClient view = async.get();
        if (view == null) {
            // Two threads may both create one; the first stored is the one every caller gets.
            async.compareAndSet(null, new DefaultAsyncSessionClient(this, path));
            view = async.get();
        }
        return view;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closing.countDown();
            // Calls that started before the flag was set end here; later ones find the client closed.
            for (Runnable end : inFlight) {
                end.run();
            }
            path.cookies.clear();
            if (config.ownsTransport) {
                config.transport.close();
            }
        }
    }

    /**
     * Runs {@code end} when the client is closed, until {@link #removeOnClose(Runnable)} is called with it; at once if
     * the client already is closed.
     */
    void onClose(Runnable end) {
        inFlight.add(end);
        if (closed.get()) {
            // close() may have passed the set before the add: end the call ourselves (ending twice is harmless).
            end.run();
        }
    }

    /** Undoes {@link #onClose}: the call ended. */
    void removeOnClose(Runnable end) {
        inFlight.remove(end);
    }

    void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("SessionClient is closed");
        }
    }

    /** Runs a call on this thread: each attempt as {@link CallPath} decides, sleeping between them. */
    <T> T execute(Call<T> call, boolean automatic) {
        try {
            ensureOpen();
        } catch (RuntimeException e) {
            call.clear();
            throw e;
        }
        CallState<T> state = path.begin(call, automatic);
        Throwable failure = null;
        try {
            while (true) {
                AttemptOutcome<T> outcome = attempt(state);
                if (!outcome.isRetry()) {
                    if (outcome.failure() != null) {
                        throw outcome.failure();
                    }
                    return outcome.value();
                }
                try {
                    if (closing.await(outcome.retryDelayNanos(), TimeUnit.NANOSECONDS)) {
                        throw path.aborted(state, AttemptGuard.Reason.CLOSED, null);
                    }
                } catch (InterruptedException e) {
                    throw path.interrupted(state, e);
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            path.end(state, failure);
        }
    }

    /** One attempt on this thread, guarded: its deadline, this client's close and an interrupt end it at once. */
    private <T> AttemptOutcome<T> attempt(CallState<T> state) {
        AttemptGuard guard = AttemptGuard.arm(state.deadlineNanos, Thread.currentThread());
        onClose(guard);
        try {
            TransportRequest request = path.nextAttempt(state, guard.signal());
            TransportResponse response;
            try {
                response = config.transport.send(request);
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // Seen before the guard's next sweep: the same outcome, sooner.
                    guard.abort(AttemptGuard.Reason.INTERRUPTED);
                }
                return path.onFailure(state, e, guard);
            }
            return path.onResponse(state, request, response, guard);
        } finally {
            removeOnClose(guard);
            guard.close();
        }
    }

    @Override
    public String toString() {
        return "SessionClient{baseUri=" + config.baseUri + ", transport=" + config.transport + ", session="
                + path.cookies + (closed.get() ? ", closed" : "") + "}";
    }
}
