package io.github.i3dsession.benchmarks;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link AsyncBenchmark}'s JDK calls with the two settings that bound the threads on a small machine: the
 * {@code HttpClient} gets a fixed executor of two threads, and the JVM's common pool a parallelism of 2.
 *
 * <p>Why the second: {@code HttpClient.sendAsync} hands every completed response to
 * {@code CompletableFuture}'s default executor, which is {@code ForkJoinPool.commonPool()} only when the common
 * pool's parallelism is above 1. On two cores it is 1 (cores - 1), and the default executor then starts a new
 * thread for every task: one thread per response, whatever the {@code HttpClient}'s own executor.
 */
@Fork(jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AsyncTunedBenchmark {

    /** Our client over {@code JdkTransport.create(http)}; the {@code HttpClient} runs on two threads. */
    @State(Scope.Benchmark)
    public static class Jdk extends JdkAsyncState {
        @Setup
        public void setUp() {
            start(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "app-http-executor");
                thread.setDaemon(true);
                return thread;
            }));
        }

        @Setup(Level.Iteration)
        public void resetPeak() {
            threads.resetPeak();
        }

        @TearDown
        public void tearDown() {
            stop("fixed executor of 2, common pool parallelism 2");
        }
    }

    @Benchmark
    public void jdkOurs64(Jdk jdk, AsyncBenchmark.ClientThreads counter, Blackhole bh) {
        AsyncBenchmark.ours64(jdk.ours, bh);
        counter.record(jdk.threads);
    }

    @Benchmark
    public void jdkRaw64(Jdk jdk, AsyncBenchmark.ClientThreads counter, Blackhole bh) {
        AsyncBenchmark.raw64(jdk, bh);
        counter.record(jdk.threads);
    }
}
