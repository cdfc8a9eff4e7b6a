package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.CallInfo;
import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.CallResult;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.spi.AbortSignal;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one path every call takes, sync or async: {@link #begin} a call, then for each attempt
 * {@link #nextAttempt} (the request, or the deadline's exception) and, once the transport answered or failed,
 * {@link #onResponse} or {@link #onFailure}, which decide alone whether the call completes, fails or retries after a
 * delay; finally {@link #end}. The sync client only sends and sleeps; the async client only sends and schedules.
 *
 * <p>Each attempt stores the cookies the response sets before anything else happens, so a session the server
 * created is kept even when the call then fails.
 */
final class CallPath {
    /** A failure this close to the deadline is the deadline's: library timers round to milliseconds. */
    private static final long DEADLINE_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    final ClientConfig config;
    final SessionCookies cookies;
    private final ErrorMapper errors;
    private final RetryDecider retries;
    private final ResponseReader reader;
    private final Observers observers;
    /**
     * The getUser call, built once: it has no body and no secret, so {@link Call#clear()} leaves it as it was and
     * every getUser, sync or async, can share it.
     */
    final Supplier<Call<SessionUser>> userCall;

    CallPath(ClientConfig config, Clock clock) {
        this.config = config;
        this.cookies = new SessionCookies(clock);
        this.errors = new ErrorMapper(config, cookies, clock);
        this.retries = new RetryDecider(config.retryPolicy, clock);
        this.reader = new ResponseReader(errors, config.maxResponseBytes);
        this.observers = new Observers(config.observers);
        Call<SessionUser> user = Calls.user(config);
        this.userCall = () -> user;
    }

    <T> CallState<T> begin(Call<T> call, boolean automatic) {
        long now = System.nanoTime();
        CallObserver[] calls = observers.isEmpty()
                ? null
                : observers.callStarted(CallInfo.of(
                        observedName(call),
                        call.method,
                        call.pathTemplate,
                        config.baseUri,
                        config.transportName,
                        automatic));
        return new CallState<>(call, now, now + config.callTimeoutNanos, calls);
    }

    /**
     * The operation as observers name it: the client's method name, so {@code provideOtp} where messages use the
     * spec's operationId {@code provideOTP}.
     */
    private static String observedName(Call<?> call) {
        return call.operation == SessionOperation.PROVIDE_OTP ? "provideOtp" : call.name;
    }

    /**
     * Starts the next attempt.
     *
     * @return the request to send
     * @throws TransportException when the call's deadline has passed
     */
    TransportRequest nextAttempt(CallState<?> state, AbortSignal signal) {
        long remaining = state.deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            throw deadlineExceeded(state);
        }
        int attempt = state.attempt + 1;
        state.attempt = attempt;
        Map<String, String> extra = state.observers == null ? null : observers.attemptStarted(state.observers, attempt);
        // The configured Duration unless the call's deadline is nearer: no Duration made per attempt on the usual path.
        boolean shortened = remaining < config.requestTimeoutNanos;
        Duration timeout = shortened ? Duration.ofNanos(remaining) : config.requestTimeout;
        state.attemptHasTheCallsTime = shortened;
        TransportRequest request = newRequest(state.call, timeout, extra, signal);
        state.attemptStartNanos = System.nanoTime();
        return request;
    }

    /**
     * Decides what a response means for the call; reads its body when the call ends with it, under the attempt's
     * guard. Closes it.
     */
    <T> AttemptOutcome<T> onResponse(
            CallState<T> state, TransportRequest request, TransportResponse response, AttemptGuard guard) {
        Call<T> call = state.call;
        int attempt = state.attempt;
        try {
            guard.reading(response);
            cookies.store(request.uri(), response.headers("Set-Cookie"));
            int status = response.statusCode();
            state.lastStatus = status;
            AttemptLog.attempt(call, attempt, state.attemptStartNanos, response, null);
            long delay = retries.afterResponse(call, response, attempt, state.deadlineNanos);
            if (delay != RetryDecider.STOP) {
                attemptEnded(state, status, null, delay, "status " + status);
                return AttemptOutcome.retryAfter(delay);
            }
            try {
                T value = reader.read(call, response, guard);
                attemptEnded(state, status, null, RetryDecider.STOP, null);
                if (call.operation == SessionOperation.LOGOUT) {
                    cookies.clear();
                }
                return AttemptOutcome.complete(value);
            } catch (SessionException e) {
                attemptEnded(state, status, null, RetryDecider.STOP, null);
                return AttemptOutcome.fail(e);
            } catch (IOException e) {
                AttemptGuard.Reason aborted = guard.reason();
                if (aborted != null) {
                    attemptEnded(state, status, null, RetryDecider.STOP, null);
                    return AttemptOutcome.fail(aborted(state, aborted, e));
                }
                // The body broke off: no usable response arrived, so decide as for a failed attempt.
                state.lastFailure = e;
                long retry = retries.afterFailure(call, e, attempt, state.deadlineNanos);
                attemptEnded(state, status, null, retry, e.getClass().getSimpleName());
                return retry != RetryDecider.STOP
                        ? AttemptOutcome.retryAfter(retry)
                        : AttemptOutcome.fail(errors.forFailure(call, e, attempt));
            }
        } finally {
            if (guard.reason() == null) {
                response.close();
            }
            // Otherwise ending the attempt closes the response, on a thread of its own: closing it here too could
            // hold the caller as long as the server drips (HttpURLConnection's close waits while its keep-alive
            // cleaner, holding the stream's lock, drains the rest of the body).
        }
    }

    /** Decides what an attempt that got no response means for the call. */
    <T> AttemptOutcome<T> onFailure(CallState<T> state, Throwable thrown, AttemptGuard guard) {
        Throwable failure = unwrap(thrown);
        Call<T> call = state.call;
        int attempt = state.attempt;
        AttemptGuard.Reason aborted = guard.reason();
        if (aborted != null) {
            // The transport failed because we aborted it: what it threw is the symptom, not the cause.
            AttemptLog.attempt(call, attempt, state.attemptStartNanos, null, failure);
            attemptEnded(state, -1, failure, RetryDecider.STOP, null);
            return AttemptOutcome.fail(aborted(state, aborted, failure));
        }
        if (state.deadlineNanos - System.nanoTime() <= DEADLINE_SLACK_NANOS
                || timedOutWithTheCallsTime(state, failure)) {
            // The attempt's timeout was what remained of the call: the call ran out of time, whether the
            // transport's timer or the guard's sweep noticed first.
            AttemptLog.attempt(call, attempt, state.attemptStartNanos, null, failure);
            state.lastFailure = failure;
            attemptEnded(state, -1, failure, RetryDecider.STOP, null);
            return AttemptOutcome.fail(deadlineExceeded(state));
        }
        if (failure instanceof SessionException) {
            // Not a network failure: a transport (or our own code under it) already decided what went wrong.
            attemptEnded(state, -1, failure, RetryDecider.STOP, null);
            return AttemptOutcome.fail((SessionException) failure);
        }
        AttemptLog.attempt(call, attempt, state.attemptStartNanos, null, failure);
        state.lastFailure = failure;
        long delay = failure instanceof IOException
                ? retries.afterFailure(call, failure, attempt, state.deadlineNanos)
                : RetryDecider.STOP;
        attemptEnded(state, -1, failure, delay, failure.getClass().getSimpleName());
        return delay != RetryDecider.STOP
                ? AttemptOutcome.retryAfter(delay)
                : AttemptOutcome.fail(errors.forFailure(call, failure, attempt));
    }

    /**
     * Whether the transport's own timer ended an attempt whose timeout was all that remained of the call. Then the
     * call has run out of time even when the transport's clock says so before ours does: the JDK's HttpClient before
     * Java 22 times requests on the wall clock (JDK-8309939), which a clock step moves, and a retry would go out with
     * the few milliseconds left. A failure that came before the connect timeout could pass is not the connect
     * timeout's, which is never shortened to the call's.
     */
    private boolean timedOutWithTheCallsTime(CallState<?> state, Throwable failure) {
        return state.attemptHasTheCallsTime
                && System.nanoTime() - state.attemptStartNanos < config.connectTimeout.toNanos()
                && isTimeout(failure);
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
            // java.net.http.HttpTimeoutException and its subclass, by name: this module does not read java.net.http.
            for (Class<?> type = t.getClass(); type != IOException.class && type != null; type = type.getSuperclass()) {
                if (type.getName().equals("java.net.http.HttpTimeoutException")) {
                    return true;
                }
            }
        }
        return false;
    }

    TransportException deadlineExceeded(CallState<?> state) {
        return errors.deadlineExceeded(state.call, state.attempt, state.lastFailure);
    }

    /** The exception of a call ended early: its deadline passed, its client was closed, or its thread interrupted. */
    TransportException aborted(CallState<?> state, AttemptGuard.Reason reason, Throwable cause) {
        switch (reason) {
            case CLOSED:
                return errors.closed(state.call, state.attempt, cause);
            case INTERRUPTED:
                Thread.currentThread().interrupt();
                return errors.interrupted(state.call, state.attempt, cause);
            default:
                return errors.deadlineExceeded(state.call, state.attempt, cause);
        }
    }

    TransportException interrupted(CallState<?> state, InterruptedException e) {
        Thread.currentThread().interrupt();
        return errors.interrupted(state.call, e);
    }

    /** Ends the call: tells the observers and zeroes the call's secrets. Called exactly once per call. */
    void end(CallState<?> state, Throwable failure) {
        try {
            if (state.observers != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                observers.callEnded(
                        state.observers,
                        CallResult.of(
                                state.lastStatus,
                                cause == null ? null : cause.getClass(),
                                state.attempt,
                                Duration.ofNanos(System.nanoTime() - state.startNanos)));
            }
        } finally {
            state.call.clear();
        }
    }

    private void attemptEnded(CallState<?> state, int status, Throwable failure, long delay, String reason) {
        if (state.observers != null) {
            observers.attemptEnded(
                    state.observers,
                    Observers.attemptResult(state.attempt, status, failure, state.attemptStartNanos, delay, reason));
        }
    }

    private TransportRequest newRequest(Call<?> call, Duration timeout, Map<String, String> extra, AbortSignal signal) {
        TransportRequest.Builder builder = call.operation == SessionOperation.SEND
                ? TransportRequest.builder(call.method, call.uri)
                : TransportRequest.builder(call.operation, call.uri);
        builder.header("Accept", "application/json")
                .timeout(timeout)
                .connectTimeout(config.connectTimeout)
                .maxResponseBytes(config.maxResponseBytes)
                .abortSignal(signal);
        if (extra != null) {
            extra.forEach(builder::header);
        }
        call.headers.forEach(builder::header);
        if (call.contentType != null) {
            builder.header("Content-Type", call.contentType).body(call.body);
        }
        if (config.apiKey != null) {
            builder.header("PRIVATE-TOKEN", config.apiKey);
        }
        String cookieHeader = cookies.headerFor(call.uri);
        if (cookieHeader != null) {
            builder.header("Cookie", cookieHeader);
        }
        builder.header("User-Agent", config.userAgent());
        TransportRequest request = builder.build();
        AttemptLog.request(call, request);
        return request;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException
                        || t instanceof ExecutionException
                        || t instanceof UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
