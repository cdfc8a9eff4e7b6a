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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The {@link SessionClient} over any {@link SessionTransport}. Internal. */
public final class DefaultSessionClient implements SessionClient {
    private final ClientConfig config;
    private final CallPath path;
    private final AsyncSessionClient async;
    private final AtomicBoolean closed = new AtomicBoolean();
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
        this.async = new DefaultAsyncSessionClient(this, path);
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
        if (autoLogin == null) {
            return execute(Calls.user(config), false);
        }
        long deadline = System.nanoTime() + config.callTimeoutNanos;
        long seen = ensureSession(deadline);
        try {
            return execute(Calls.user(config), false);
        } catch (NotLoggedInException gone) {
            // The server dropped the session: log in again once and repeat once; a second 404 is thrown.
            awaitLogin(seen, deadline);
            return execute(Calls.user(config), false);
        }
    }

    @Override
    public ApiResponse send(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        if (autoLogin == null) {
            return execute(Calls.send(config, request), false);
        }
        long deadline = System.nanoTime() + config.callTimeoutNanos;
        long seen = ensureSession(deadline);
        ApiResponse response = execute(Calls.send(config, request), false);
        if (response.status() != 401) {
            return response;
        }
        // The server dropped the session: log in again once and repeat once; a second 401 is the answer.
        awaitLogin(seen, deadline);
        return execute(Calls.send(config, request), false);
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
        Map<String, String> headers = new LinkedHashMap<>();
        String cookie = path.cookies.headerFor(uri);
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
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
        return async;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            path.cookies.clear();
            if (config.ownsTransport) {
                config.transport.close();
            }
        }
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
                TransportRequest request = path.nextAttempt(state);
                TransportResponse response = null;
                AttemptOutcome<T> outcome = null;
                try {
                    response = config.transport.send(request);
                } catch (IOException | RuntimeException e) {
                    outcome = path.onFailure(state, e);
                }
                if (response != null) {
                    outcome = path.onResponse(state, request, response);
                }
                if (!outcome.isRetry()) {
                    if (outcome.failure() != null) {
                        throw outcome.failure();
                    }
                    return outcome.value();
                }
                try {
                    TimeUnit.NANOSECONDS.sleep(outcome.retryDelayNanos());
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

    @Override
    public String toString() {
        return "SessionClient{baseUri=" + config.baseUri + ", transport=" + config.transport + ", session="
                + path.cookies + (closed.get() ? ", closed" : "") + "}";
    }
}
