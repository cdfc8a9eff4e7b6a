package io.github.i3dsession.testkit.contract;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Counts what a transport may leave behind: threads it started and TCP connections to the fake server. */
final class Leaks {
    /** Threads that belong to the JVM, the test runner or the fake server, not to a client. */
    private static final List<String> NOT_OURS = List.of(
            "fake-session-server",
            "Keep-Alive-Timer",
            "CompletableFutureDelayScheduler",
            "ForkJoinPool",
            "surefire",
            "process reaper",
            "Common-Cleaner",
            "Attach Listener",
            "Notification Thread",
            "JFR",
            "junit",
            "Cleaner");

    private Leaks() {}

    static Set<Long> threadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }

    /** Live threads not in {@code before} and not known to belong to someone else. */
    static List<String> newThreads(Set<Long> before) {
        List<String> names = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive()
                    && !before.contains(thread.getId())
                    && NOT_OURS.stream().noneMatch(prefix -> thread.getName().startsWith(prefix))) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    /**
     * Established TCP connections from this machine to {@code port} on loopback, read from /proc/net (Linux).
     * Returns -1 where /proc/net is not available.
     */
    static int connectionsTo(int port) {
        int count = 0;
        boolean readable = false;
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            readable = true;
            try {
                for (String line : Files.readAllLines(path)) {
                    String[] fields = line.trim().split("\\s+");
                    // fields: sl local_address rem_address st ...; state 01 = ESTABLISHED
                    if (fields.length > 3 && fields[2].endsWith(":" + hexPort) && fields[3].equals("01")) {
                        count++;
                    }
                }
            } catch (IOException e) {
                return -1;
            }
        }
        return readable ? count : -1;
    }

    /** Bytes allocated so far by all live threads (HotSpot's per-thread counters). */
    static long allocatedBytes() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, allocated);
        }
        return total;
    }

    /** Heap in use after a garbage collection. */
    static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Waits up to {@code millis} for {@code condition}, nudging the garbage collector (JDK 11-20 HttpClient). */
    static boolean eventually(long millis, BooleanSupplier condition) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
