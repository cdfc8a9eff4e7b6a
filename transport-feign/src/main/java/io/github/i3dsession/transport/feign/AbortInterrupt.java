package io.github.i3dsession.transport.feign;

/**
 * Aborts a blocking call by interrupting its thread, for clients that register no abort of their own but notice
 * an interrupt ({@code feign-java11}'s {@code Http2Client} cancels its exchange). Made on the sending thread; the
 * interrupt it sends is taken back by {@link #end()}, so that the thread leaves the call with the interrupt flag it
 * had (the core sets it again when the abort was the caller's own interrupt). Thread-safe.
 */
final class AbortInterrupt implements Runnable {
    private final Thread caller = Thread.currentThread();
    private boolean live = true;
    private boolean interrupted;

    /** Interrupts the sending thread, unless its call has ended. */
    @Override
    public synchronized void run() {
        if (live) {
            interrupted = true;
            caller.interrupt();
        }
    }

    /** Called by the sending thread when its call ends: no interrupt comes after this, and one that came is cleared. */
    synchronized void end() {
        live = false;
        if (interrupted) {
            Thread.interrupted();
        }
    }
}
