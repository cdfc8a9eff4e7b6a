package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;

/**
 * The async view: each attempt goes through {@code SessionTransport.sendAsync}, retries are scheduled rather
 * than slept, and the call deadline completes the future even if the transport never answers.
 */
final class DefaultAsyncSessionClient implements AsyncSessionClient {
    private final CallEngine engine;
    private final Runnable ensureOpen;

    DefaultAsyncSessionClient(CallEngine engine, Runnable ensureOpen) {
        this.engine = engine;
        this.ensureOpen = ensureOpen;
    }

    @Override
    public CompletableFuture<SessionAuthReq> login(SessionLogin login) {
        return start(DefaultSessionClient.loginCall(login));
    }

    @Override
    public CompletableFuture<Void> provideOtp(SessionLoginOtp otp) {
        return start(DefaultSessionClient.otpCall(otp));
    }

    @Override
    public CompletableFuture<Void> logout() {
        return start(Call.withoutResult(io.github.i3dsession.api.spi.SessionOperation.LOGOUT, null, null));
    }

    @Override
    public CompletableFuture<SessionUser> getUser() {
        return start(DefaultSessionClient.userCall());
    }

    private <T> CompletableFuture<T> start(Call<T> call) {
        try {
            ensureOpen.run();
        } catch (RuntimeException e) {
            call.clear();
            throw e;
        }
        AsyncCall<T> state = new AsyncCall<>(call, System.nanoTime() + engine.config.callTimeoutNanos);
        state.result.whenComplete((value, failure) -> {
            call.clear();
            Future<?> inFlight = state.inFlight;
            if (inFlight != null && state.result.isCancelled()) {
                inFlight.cancel(true);
            }
        });
        ScheduledFuture<?> deadline = Timers.schedule(
                () -> {
                    if (state.result.completeExceptionally(
                            engine.deadlineExceeded(call, state.attempt, state.lastFailure))) {
                        Future<?> inFlight = state.inFlight;
                        if (inFlight != null) {
                            inFlight.cancel(true);
                        }
                        TransportResponse reading = state.reading;
                        if (reading != null) {
                            reading.close();
                        }
                    }
                },
                engine.config.callTimeoutNanos);
        state.result.whenComplete((value, failure) -> deadline.cancel(false));
        attempt(state);
        return state.result;
    }

    private <T> void attempt(AsyncCall<T> state) {
        if (state.result.isDone()) {
            return;
        }
        long remaining = state.deadline - System.nanoTime();
        if (remaining <= 0) {
            state.result.completeExceptionally(engine.deadlineExceeded(state.call, state.attempt, state.lastFailure));
            return;
        }
        int attempt = ++state.attempt;
        TransportRequest request =
                engine.newRequest(state.call, Math.min(engine.config.requestTimeoutNanos, remaining));
        long start = System.nanoTime();
        CompletableFuture<TransportResponse> sent;
        try {
            sent = engine.config.transport.sendAsync(request);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        state.inFlight = sent;
        sent.whenComplete((response, failure) -> {
            if (response != null) {
                onResponse(state, request, response, attempt, start);
            } else {
                onFailure(state, request, unwrap(failure), attempt, start);
            }
        });
    }

    private <T> void onResponse(
            AsyncCall<T> state, TransportRequest request, TransportResponse response, int attempt, long start) {
        try {
            if (state.result.isDone()) {
                return;
            }
            state.reading = response;
            engine.cookies.store(request.uri(), response.headers("Set-Cookie"));
            engine.logAttempt(state.call, attempt, start, response, null);
            Duration delay = engine.retryDelay(state.call, response, attempt, state.deadline);
            if (delay == null) {
                state.result.complete(engine.complete(state.call, request, response));
            } else {
                retryLater(state, delay);
            }
        } catch (SessionException e) {
            state.result.completeExceptionally(e);
        } catch (IOException | RuntimeException e) {
            onFailure(state, request, e, attempt, start);
        } finally {
            state.reading = null;
            response.close();
        }
    }

    private <T> void onFailure(
            AsyncCall<T> state, TransportRequest request, Throwable failure, int attempt, long start) {
        if (state.result.isDone()) {
            return;
        }
        engine.logAttempt(state.call, attempt, start, null, failure);
        state.lastFailure = failure;
        Duration delay = engine.retryDelay(state.call, failure, attempt, state.deadline);
        if (delay == null) {
            state.result.completeExceptionally(engine.transportFailure(state.call, request, failure, attempt));
        } else {
            retryLater(state, delay);
        }
    }

    private <T> void retryLater(AsyncCall<T> state, Duration delay) {
        Timers.schedule(() -> attempt(state), delay.toNanos());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The mutable state of one async call; fields are written by one attempt at a time. */
    private static final class AsyncCall<T> {
        final Call<T> call;
        final long deadline;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile Future<?> inFlight;
        volatile TransportResponse reading;
        volatile int attempt;
        volatile Throwable lastFailure;

        AsyncCall(Call<T> call, long deadline) {
            this.call = call;
            this.deadline = deadline;
        }
    }
}
