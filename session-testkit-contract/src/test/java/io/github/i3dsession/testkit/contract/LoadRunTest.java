package io.github.i3dsession.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadRunTest {

    @Test
    void everyCallRunsOnceAndFailuresAreCountedWithTheFirstFiveKept() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();

        LoadRun run = LoadRun.of(4, 100, () -> {
            int call = calls.incrementAndGet();
            if (call % 10 == 0) {
                throw new IllegalStateException("failure " + call);
            }
        });

        assertThat(calls).hasValue(100);
        assertThat(run.completed()).isEqualTo(90);
        assertThat(run.errors()).isEqualTo(10);
        assertThat(run.firstErrors())
                .hasSize(5)
                .allSatisfy(error -> assertThat(error).startsWith("java.lang.IllegalStateException: failure "));
        assertThat(run.toString()).startsWith("90 calls on 4 threads in ").endsWith(", 10 errors");
    }

    @Test
    void assertionErrorsCountAsErrors() throws InterruptedException {
        LoadRun run = LoadRun.of(2, 6, () -> {
            throw new AssertionError("wrong answer");
        });

        assertThat(run.completed()).isZero();
        assertThat(run.errors()).isEqualTo(6);
        assertThat(run.firstErrors()).contains("java.lang.AssertionError: wrong answer");
    }
}
