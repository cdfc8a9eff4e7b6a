package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The {@link SessionClient} over any {@link io.github.i3dsession.api.spi.SessionTransport}. Internal. */
public final class DefaultSessionClient implements SessionClient {
    private final ClientConfig config;
    private final CallEngine engine;
    private final AsyncSessionClient async;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a client.
     *
     * @param config the checked settings
     */
    public DefaultSessionClient(ClientConfig config) {
        this.config = config;
        this.engine = new CallEngine(config, Clock.systemUTC());
        this.async = new DefaultAsyncSessionClient(engine, this::ensureOpen);
    }

    @Override
    public SessionAuthReq login(SessionLogin login) {
        return execute(loginCall(login));
    }

    @Override
    public void provideOtp(SessionLoginOtp otp) {
        execute(otpCall(otp));
    }

    @Override
    public void logout() {
        execute(Call.withoutResult(SessionOperation.LOGOUT, null, null));
    }

    @Override
    public SessionUser getUser() {
        return execute(userCall());
    }

    static Call<SessionAuthReq> loginCall(SessionLogin login) {
        Objects.requireNonNull(login, "login");
        return Call.withJson(
                SessionOperation.LOGIN,
                SessionJson.writeLogin(login),
                "SessionAuthReq",
                SessionJson::readAuthReq,
                login.password());
    }

    static Call<Void> otpCall(SessionLoginOtp otp) {
        Objects.requireNonNull(otp, "otp");
        return Call.withoutResult(
                SessionOperation.PROVIDE_OTP,
                SessionJson.writeOtp(otp),
                otp.otp().toCharArray());
    }

    static Call<SessionUser> userCall() {
        return Call.withJson(SessionOperation.GET_USER, null, "SessionUser", SessionJson::readUser, null);
    }

    @Override
    public AsyncSessionClient async() {
        return async;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            engine.cookies.clear();
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

    private <T> T execute(Call<T> call) {
        try {
            ensureOpen();
            long deadline = System.nanoTime() + config.callTimeoutNanos;
            Throwable lastFailure = null;
            for (int attempt = 1; ; attempt++) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw engine.deadlineExceeded(call, attempt - 1, lastFailure);
                }
                TransportRequest request = engine.newRequest(call, Math.min(config.requestTimeoutNanos, remaining));
                long start = System.nanoTime();
                Duration delay;
                try {
                    TransportResponse response = config.transport.send(request);
                    try (BodyDeadline bodyDeadline = BodyDeadline.arm(response, deadline)) {
                        engine.cookies.store(request.uri(), response.headers("Set-Cookie"));
                        engine.logAttempt(call, attempt, start, response, null);
                        delay = engine.retryDelay(call, response, attempt, deadline);
                        if (delay == null) {
                            try {
                                return engine.complete(call, request, response);
                            } catch (IOException | RuntimeException e) {
                                if (bodyDeadline.expired()) {
                                    throw engine.deadlineExceeded(call, attempt, e);
                                }
                                throw e;
                            }
                        }
                    } finally {
                        response.close();
                    }
                } catch (IOException | RuntimeException e) {
                    if (e instanceof SessionException) {
                        throw (SessionException) e;
                    }
                    engine.logAttempt(call, attempt, start, null, e);
                    lastFailure = e;
                    delay = engine.retryDelay(call, e, attempt, deadline);
                    if (delay == null) {
                        throw engine.transportFailure(call, request, e, attempt);
                    }
                }
                sleep(call, delay);
            }
        } finally {
            call.clear();
        }
    }

    private void sleep(Call<?> call, Duration delay) {
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            throw engine.interrupted(call, e);
        }
    }

    @Override
    public String toString() {
        return "SessionClient{baseUri=" + config.baseUri + ", transport=" + config.transport + ", session="
                + engine.cookies + (closed.get() ? ", closed" : "") + "}";
    }
}
