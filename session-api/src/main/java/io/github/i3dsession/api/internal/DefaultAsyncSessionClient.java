package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.ApiRequest;
import io.github.i3dsession.api.ApiResponse;
import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The async view: each attempt goes through {@code SessionTransport.sendAsync} and {@link CallPath} decides what its
 * outcome means; retries are scheduled rather than slept, and the call deadline completes the future even if the
 * transport never answers.
 */
final class DefaultAsyncSessionClient implements AsyncSessionClient {
    private final DefaultSessionClient client;
    private final CallPath path;
    private final ClientConfig config;

    DefaultAsyncSessionClient(DefaultSessionClient client, CallPath path) {
        this.client = client;
        this.path = path;
        this.config = path.config;
    }

    @Override
    public CompletableFuture<SessionAuthReq> login(SessionLogin login) {
        CompletableFuture<SessionAuthReq> result = start(Calls.login(config, login), false);
        AutoLogin autoLogin = client.autoLogin();
        return autoLogin == null
                ? result
                : result.thenApply(auth -> {
                    autoLogin.applicationLoggedIn();
                    return auth;
                });
    }

    @Override
    public CompletableFuture<Void> provideOtp(SessionLoginOtp otp) {
        return start(Calls.otp(config, otp), false);
    }

    @Override
    public CompletableFuture<Void> logout() {
        return start(Calls.logout(config), false);
    }

    @Override
    public CompletableFuture<SessionUser> getUser() {
        return withSession(path.userCall, user -> false, failure -> failure instanceof NotLoggedInException);
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        return withSession(() -> Calls.send(config, request), response -> response.status() == 401, failure -> false);
    }

    /**
     * Runs a call that needs a session, as the sync client does: with automatic login, logs in first when the client
     * has none, and once more (repeating the call once) when the result or failure says the session is gone.
     */
    private <T> CompletableFuture<T> withSession(
            Supplier<Call<T>> calls, Predicate<T> goneResult, Predicate<Throwable> goneFailure) {
        AutoLogin autoLogin = client.autoLogin();
        if (autoLogin == null) {
            return start(calls.get(), false);
        }
        client.ensureOpen();
        // As in the sync client: waiting for a login, led by this call or shared with others, counts against the
        // call timeout; the call sent after the login has a call timeout of its own.
        long deadline = System.nanoTime() + config.callTimeoutNanos;
        CompletableFuture<Void> ready = path.cookies.isEmpty()
                ? awaitLogin(autoLogin.generation(), deadline)
                : CompletableFuture.completedFuture(null);
        return ready.thenCompose(v -> {
            long seen = autoLogin.generation();
            return start(calls.get(), false)
                    .handle((value, failure) -> {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure;
                        boolean gone = cause == null ? goneResult.test(value) : goneFailure.test(cause);
                        if (gone) {
                            // The server dropped the session: log in again once and repeat once.
                            return awaitLogin(seen, deadline).thenCompose(x -> start(calls.get(), false));
                        }
                        return cause == null
                                ? CompletableFuture.completedFuture(value)
                                : CompletableFuture.<T>failedFuture(cause);
                    })
                    .thenCompose(f -> f);
        });
    }

    /**
     * Joins (or leads) the automatic login; the returned future fails with a {@link TransportException} when the
     * login has not completed by {@code deadlineNanos}. Only this caller's view times out: the login itself goes on
     * for the others that share it.
     */
    private CompletableFuture<Void> awaitLogin(long seenGeneration, long deadlineNanos) {
        CompletableFuture<Void> mine = client.joinLogin(seenGeneration, true).thenApply(v -> v);
        if (mine.isDone()) {
            return mine;
        }
        ScheduledFuture<?> timeout = Timers.schedule(
                () -> mine.completeExceptionally(new TransportException(
                        "automatic login did not complete within the call timeout of "
                                + Duration.ofNanos(config.callTimeoutNanos),
                        // The cause the sync client's bounded wait gives, for the same event.
                        new TimeoutException())),
                deadlineNanos - System.nanoTime());
        mine.whenComplete((v, failure) -> timeout.cancel(false));
        return mine;
    }

    <T> CompletableFuture<T> start(Call<T> call, boolean automatic) {
        try {
            client.ensureOpen();
        } catch (RuntimeException e) {
            call.clear();
            throw e;
        }
        CallState<T> state = path.begin(call, automatic);
        CompletableFuture<T> result = new CompletableFuture<>();
        ScheduledFuture<?> deadline = Timers.schedule(
                () -> {
                    if (settle(state, result, null, path.deadlineExceeded(state))) {
                        cancel(state, AttemptGuard.Reason.DEADLINE);
                    }
                },
                state.deadlineNanos - System.nanoTime());
        Runnable endOnClose = () -> {
            if (settle(state, result, null, path.aborted(state, AttemptGuard.Reason.CLOSED, null))) {
                cancel(state, AttemptGuard.Reason.CLOSED);
            }
        };
        // Registered before the completion handler that removes it, so that it can never outlive the call.
        client.onClose(endOnClose);
        result.whenComplete((value, failure) -> {
            deadline.cancel(false);
            client.removeOnClose(endOnClose);
            if (result.isCancelled()) {
                // The caller gave up on the call: its exchange must end as on close().
                cancel(state, AttemptGuard.Reason.CLOSED);
            }
            if (state.markEnded()) {
                // Only a cancel by the caller gets here: every other end was reported by settle().
                path.end(state, failure);
            }
        });
        attempt(state, result);
        return result;
    }

    /**
     * Ends the call with its value or failure, unless it has already ended: reports the end to the observers
     * first, so that whoever waits on the future sees their metrics and spans complete when it wakes.
     *
     * @return whether this ended the call
     */
    private <T> boolean settle(CallState<T> state, CompletableFuture<T> result, T value, Throwable failure) {
        if (result.isDone() || !state.markEnded()) {
            return false;
        }
        try {
            path.end(state, failure);
        } finally {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure);
            }
        }
        return true;
    }

    private <T> void attempt(CallState<T> state, CompletableFuture<T> result) {
        if (result.isDone()) {
            return;
        }
        AttemptGuard guard = AttemptGuard.arm(state.deadlineNanos, null);
        state.guard = guard;
        if (result.isDone()) {
            // Ended (closed, cancelled, timed out) while this attempt was being set up, after cancel() looked.
            guard.close();
            return;
        }
        TransportRequest request;
        try {
            request = path.nextAttempt(state, guard.signal());
        } catch (RuntimeException e) {
            guard.close();
            settle(state, result, null, e);
            return;
        }
        CompletableFuture<TransportResponse> sent;
        try {
            sent = config.transport.sendAsync(request);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        state.inFlight = sent;
        sent.whenComplete((response, failure) -> {
            if (result.isDone()) {
                guard.close();
                if (response != null) {
                    response.close();
                }
                return;
            }
            AttemptOutcome<T> outcome;
            try {
                outcome = response != null
                        ? path.onResponse(state, request, response, guard)
                        : path.onFailure(state, failure, guard);
            } catch (RuntimeException | Error e) {
                settle(state, result, null, e);
                return;
            } finally {
                guard.close();
            }
            if (outcome.isRetry()) {
                Timers.schedule(() -> attempt(state, result), outcome.retryDelayNanos());
            } else {
                settle(state, result, outcome.value(), outcome.failure());
            }
        });
    }

    /** Aborts the attempt in flight, if any: its exchange, its future and the body being read. */
    private static void cancel(CallState<?> state, AttemptGuard.Reason reason) {
        AttemptGuard guard = state.guard;
        if (guard != null) {
            guard.abort(reason);
        }
        Future<?> inFlight = state.inFlight;
        if (inFlight != null) {
            inFlight.cancel(true);
        }
    }
}
