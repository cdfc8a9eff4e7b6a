package io.github.i3dsession.api;

/**
 * Follows one call, from {@link SessionObserver#callStarted}: each attempt and the end. Every method has an empty
 * default, so an observer implements only what it needs.
 */
public interface CallObserver {
    /** An observer that ignores the call. */
    CallObserver NONE = new CallObserver() {};

    /**
     * Called just before an attempt is sent. The observer may add request headers (trace context such as
     * {@code traceparent}); headers that carry credentials or describe the body cannot be set.
     *
     * @param attempt the attempt number, 1 for the first
     * @param headers where to add headers for this attempt only
     */
    default void attemptStarted(int attempt, RequestHeaders headers) {}

    /**
     * Called when an attempt ended: a response arrived (its status, before the body was read) or none did.
     *
     * @param result the attempt's status or failure, its duration, and whether the call retries
     */
    default void attemptEnded(AttemptResult result) {}

    /**
     * Called once when the call ended, successfully or not.
     *
     * @param result the outcome
     */
    default void callEnded(CallResult result) {}
}
