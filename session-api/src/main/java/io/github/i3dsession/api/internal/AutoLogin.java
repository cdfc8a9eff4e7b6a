package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.OtpSource;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Logs the client in by itself, safely. One login at a time (single flight): every call that finds the session
 * missing or gone joins the login in flight instead of starting its own. The {@link #generation()} counts successful
 * logins, so a call that saw the session gone under an older generation knows another call already logged in again.
 *
 * <p>No path leads to a lockout: a login that fails is reported to the calls waiting for it and never repeated by
 * itself; after a 401 (wrong password or OTP) no automatic login starts until the application logs in itself, and
 * after a 429 none starts before its {@code Retry-After} has passed.
 */
final class AutoLogin {
    /** When a 429 names no Retry-After, automatic logins wait this long before the next try. */
    private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(60);

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Runs async callers' logins, which may block on an OtpSource; a few threads, ended when idle. */
    private static final Executor LOGINS = createExecutor();

    private final Supplier<SessionLogin> credentials;
    private final OtpSource otpSource;
    private final Clock clock;

    private long generation;
    private CompletableFuture<Void> inFlight;
    /** The status of the refused login that turned automatic logins off, or 0 while they are on. */
    private int blockedStatus;

    private String blockedBy;
    private Instant notBefore = Instant.MIN;

    AutoLogin(Supplier<SessionLogin> credentials, OtpSource otpSource, Clock clock) {
        this.credentials = credentials;
        this.otpSource = otpSource;
        this.clock = clock;
    }

    /** Performs one login and, when required, its OTP step; runs on the thread of the call that started it. */
    interface Steps {
        SessionAuthReq login(SessionLogin login);

        void provideOtp(SessionLoginOtp otp);
    }

    synchronized long generation() {
        return generation;
    }

    /** The application logged in (or out) by itself: a 401 no longer blocks automatic logins. */
    synchronized void applicationLoggedIn() {
        blockedStatus = 0;
        blockedBy = null;
        generation++;
    }

    /**
     * Returns the login to wait for: the one in flight, a completed one when the session was renewed since
     * {@code seenGeneration}, or a new one. When this call starts a new one, {@code leader} says so and the caller
     * must run {@link #run} for it (on its own thread when sync, on {@link #executor()} when async).
     */
    synchronized CompletableFuture<Void> join(long seenGeneration, boolean[] leader) {
        leader[0] = false;
        if (generation != seenGeneration) {
            return CompletableFuture.completedFuture(null);
        }
        if (inFlight != null) {
            return inFlight;
        }
        if (blockedStatus != 0) {
            return CompletableFuture.failedFuture(new InvalidCredentialsException(
                    "automatic login is off after the server refused the credentials (" + blockedBy
                            + "); call login(...) or build a new client",
                    blockedStatus,
                    null));
        }
        Instant now = clock.instant();
        if (now.isBefore(notBefore)) {
            return CompletableFuture.failedFuture(new TooManyRequestsException(
                    "automatic login is paused after the server answered 429; retry after "
                            + Math.max(1, Duration.between(now, notBefore).getSeconds()) + " s",
                    429,
                    null,
                    Duration.between(now, notBefore)));
        }
        inFlight = new CompletableFuture<>();
        leader[0] = true;
        return inFlight;
    }

    /** Runs the login the caller leads, and completes the future every waiting call shares. */
    void run(CompletableFuture<Void> login, Steps steps) {
        try {
            SessionLogin supplied = Objects.requireNonNull(credentials.get(), "autoLogin credentials supplied null");
            SessionAuthReq auth = steps.login(supplied);
            if (auth.requiresOtp()) {
                if (otpSource == null) {
                    throw new IllegalStateException("the server asks for a one-time password, but autoLogin was"
                            + " configured without an OtpSource; use autoLogin(credentials, otpSource)");
                }
                String otp = Objects.requireNonNull(otpSource.otpFor(auth), "OtpSource returned null");
                steps.provideOtp(SessionLoginOtp.of(otp));
            }
            finish(login, null);
        } catch (RuntimeException | Error e) {
            finish(login, e);
        }
    }

    private void finish(CompletableFuture<Void> login, Throwable failure) {
        synchronized (this) {
            inFlight = null;
            if (failure == null) {
                generation++;
            } else if (failure instanceof InvalidCredentialsException || failure instanceof InvalidOtpException) {
                blockedStatus = ((SessionException) failure).statusCode();
                blockedBy = failure.getClass().getSimpleName();
            } else if (failure instanceof TooManyRequestsException) {
                Duration wait =
                        ((TooManyRequestsException) failure).retryAfter().orElse(DEFAULT_BACKOFF);
                notBefore = clock.instant().plus(wait);
            }
        }
        if (failure == null) {
            login.complete(null);
        } else {
            login.completeExceptionally(failure);
        }
    }

    static Executor executor() {
        return LOGINS;
    }

    private static Executor createExecutor() {
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(2, 2, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "i3d-session-login-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
