package io.github.i3dsession.api;

/**
 * Watches the calls of a {@link SessionClient}: registered with {@link SessionClientBuilder#addObserver}, it is told
 * when each call starts and returns the {@link CallObserver} that follows that call's attempts and its end. The
 * Micrometer and OpenTelemetry modules are built on it; a dashboard of your own can be too.
 *
 * <pre>{@code
 * SessionObserver slowCalls = call -> new CallObserver() {
 *     @Override
 *     public void callEnded(CallResult result) {
 *         if (result.duration().toMillis() > 500) {
 *             log.warn("{} took {} ms", call.operation(), result.duration().toMillis());
 *         }
 *     }
 * };
 * }</pre>
 *
 * <p>What an observer sees is chosen so that it can never see a secret: the operation, method, path template and
 * server, attempt numbers, statuses, failure types, durations and retry decisions. Never a body, a cookie value,
 * the API key, a password or an OTP. Observers run on the calling thread (or the transport's completion thread for
 * async calls), in the order they were added, and must be quick and thread-safe. An observer that throws is logged
 * once (at WARN) and never breaks the call.
 */
@FunctionalInterface
public interface SessionObserver {

    /**
     * Called when a call starts, before its first attempt.
     *
     * @param call what the call is
     * @return the observer of this one call; {@link CallObserver#NONE} to ignore it; never null
     */
    CallObserver callStarted(CallInfo call);
}
