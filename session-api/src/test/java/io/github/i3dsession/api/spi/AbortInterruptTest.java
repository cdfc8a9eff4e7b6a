package io.github.i3dsession.api.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AbortInterruptTest {

    @AfterEach
    void neverLeaveAnInterruptToTheNextTest() {
        Thread.interrupted();
    }

    @Test
    void anAbortInterruptsTheWaitingSenderAndEndTakesTheInterruptBack() throws Exception {
        AbortInterrupt interrupt = AbortInterrupt.ofCurrentThread();
        AbortSignal signal = AbortSignal.create();
        signal.onAbort(interrupt);
        Thread aborter = new Thread(signal::abort, "aborter");

        aborter.start();
        boolean interruptedWhileWaiting;
        try {
            new CountDownLatch(1).await(10, TimeUnit.SECONDS);
            interruptedWhileWaiting = false;
        } catch (InterruptedException e) {
            interruptedWhileWaiting = true;
        }
        aborter.join();

        assertThat(interruptedWhileWaiting).as("the wait ended by the abort").isTrue();
        assertThat(interrupt.end()).as("end() reports the abort").isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptThatTheSendDidNotConsumeIsClearedByEnd() {
        AbortInterrupt interrupt = AbortInterrupt.ofCurrentThread();

        interrupt.run();

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(interrupt.end()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void noInterruptComesAfterEnd() {
        AbortInterrupt interrupt = AbortInterrupt.ofCurrentThread();

        assertThat(interrupt.end()).as("end() without an abort").isFalse();
        interrupt.run();

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(interrupt.toString()).isEqualTo("AbortInterrupt{ended}");
    }

    @Test
    void theApplicationsOwnInterruptIsKeptWhenNoAbortCame() {
        AbortInterrupt interrupt = AbortInterrupt.ofCurrentThread();
        Thread.currentThread().interrupt();

        assertThat(interrupt.end()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
