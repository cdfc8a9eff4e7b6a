package io.github.i3dsession.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time this JVM used in an iteration ({@code cpuNanos}: every thread of the benchmark JVM, the HTTP
 * client's and the GC's included, the server's not) and the calls made in it ({@code calls}), reported by JMH as
 * secondary results. Unlike wall time, CPU time hardly changes when other processes compete for the cores, so
 * {@link Report} divides one by the other for a per-call cost that stays readable on a busy machine. For
 * single-threaded benchmarks: each call site counts with {@code calls++}.
 */
@AuxCounters(AuxCounters.Type.EVENTS)
@State(Scope.Thread)
public class ProcessCpu {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long cpuNanos;
    public long calls;
    private long start;

    @Setup(Level.Iteration)
    public void start() {
        calls = 0;
        cpuNanos = 0;
        start = OS.getProcessCpuTime();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        cpuNanos = OS.getProcessCpuTime() - start;
    }
}
