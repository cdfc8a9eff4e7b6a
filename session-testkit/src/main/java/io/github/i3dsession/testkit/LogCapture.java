package io.github.i3dsession.testkit;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged through SLF4J, at every level TRACE included, when {@link RecordingSlf4jProvider} is the
 * SLF4J provider of the test run. Tests use it to prove that no secret reaches a log line. Thread-safe.
 *
 * <p>To install the provider in a test module, add the file
 * {@code src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider} containing
 * {@code io.github.i3dsession.testkit.RecordingSlf4jProvider}, and no other SLF4J binding on the test class path.
 */
public final class LogCapture {
    private static final List<String> LINES = new ArrayList<>();

    private LogCapture() {}

    /**
     * Tells whether the recording provider is the active SLF4J provider.
     *
     * @return {@code true} when log lines are being captured
     */
    public static boolean isInstalled() {
        return LoggerFactory.getILoggerFactory() instanceof RecordingSlf4jProvider.RecordingLoggerFactory;
    }

    /**
     * Returns every line captured so far: level, logger name, formatted message, and for a throwable its class
     * and message and those of every cause.
     *
     * @return a snapshot, oldest first
     */
    public static List<String> lines() {
        synchronized (LINES) {
            return new ArrayList<>(LINES);
        }
    }

    /** Forgets every captured line. */
    public static void clear() {
        synchronized (LINES) {
            LINES.clear();
        }
    }

    static void record(String line) {
        synchronized (LINES) {
            LINES.add(line);
        }
    }
}
