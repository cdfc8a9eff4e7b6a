package io.github.i3dsession.api.spi;

/**
 * An abort action for a transport whose HTTP library ends a blocking exchange when the sending thread is
 * interrupted (the JDK's {@code HttpClient.send} since Java 16, {@code feign-java11}), but offers no other way to
 * abort it from another thread. Running it interrupts the thread that created it; {@link #end()} takes that
 * interrupt back, so the sending thread leaves {@code send} with the interrupt flag it had. The core sets the flag
 * again when the abort was the caller's own interrupt.
 *
 * <pre>{@code
 * AbortInterrupt interrupt = AbortInterrupt.ofCurrentThread();
 * try (AbortSignal.Registration abort = request.abortSignal().onAbort(interrupt)) {
 *     response = client.send(httpRequest, handler);
 * } catch (InterruptedException e) {
 *     ...
 * } finally {
 *     boolean aborted = interrupt.end();
 * }
 * }</pre>
 *
 * <p>Thread-safe: {@link #run()} may come from any thread, {@link #end()} only from the sending thread.
 */
public final class AbortInterrupt implements Runnable {
    private final Thread sender;
    private boolean live = true;
    private boolean interrupted;

    private AbortInterrupt(Thread sender) {
        this.sender = sender;
    }

    /**
     * Creates the abort action of a send on the calling thread.
     *
     * @return a new action that interrupts the calling thread until {@link #end()}
     */
    public static AbortInterrupt ofCurrentThread() {
        return new AbortInterrupt(Thread.currentThread());
    }

    /** Interrupts the sending thread, once, unless its send has ended. */
    @Override
    public synchronized void run() {
        if (live && !interrupted) {
            interrupted = true;
            sender.interrupt();
        }
    }

    /**
     * Called by the sending thread when its send is over: no interrupt comes after this, and one that came is
     * cleared. Should the application interrupt the thread at the same moment as an abort, that interrupt is
     * cleared with this one; the send still ends, as aborted.
     *
     * @return whether this action interrupted the sending thread (the send was aborted)
     */
    public synchronized boolean end() {
        live = false;
        if (interrupted) {
            Thread.interrupted();
        }
        return interrupted;
    }

    @Override
    public synchronized String toString() {
        return "AbortInterrupt{" + (interrupted ? "interrupted" : live ? "armed" : "ended") + "}";
    }
}
