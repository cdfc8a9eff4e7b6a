package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.CallObserver;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * The mutable state of one call across its attempts. Attempts run one at a time, so each field has one writer at a
 * time; the fields are volatile because an async call's attempts run on different threads, and the async deadline
 * reads them from the timer thread.
 */
final class CallState<T> {
    final Call<T> call;
    final long startNanos;
    final long deadlineNanos;
    /** The observers of this call, or null when the client has none (then nothing is allocated for them). */
    final CallObserver[] observers;

    volatile int attempt;
    volatile long attemptStartNanos;
    /** Whether the attempt's timeout is what remained of the call, shorter than the configured request timeout. */
    volatile boolean attemptHasTheCallsTime;

    volatile int lastStatus = -1;
    volatile Throwable lastFailure;
    /** Async only: the attempt in flight, cancelled when the call ends first. */
    volatile Future<?> inFlight;
    /** Async only: the guard of the attempt in flight, which ends it when the call ends first. */
    volatile AttemptGuard guard;

    @SuppressWarnings("rawtypes") // A field updater is made for the class, which has no type arguments.
    private static final AtomicIntegerFieldUpdater<CallState> ENDED =
            AtomicIntegerFieldUpdater.newUpdater(CallState.class, "ended");

    /** 1 once the call's end was reported; set once, by {@link #markEnded()}. */
    private volatile int ended;

    CallState(Call<T> call, long startNanos, long deadlineNanos, CallObserver[] observers) {
        this.call = call;
        this.startNanos = startNanos;
        this.deadlineNanos = deadlineNanos;
        this.observers = observers;
    }

    /** Claims the one report of this call's end: true for the first caller only. */
    boolean markEnded() {
        return ENDED.compareAndSet(this, 0, 1);
    }
}
