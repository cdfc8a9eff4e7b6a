package io.github.i3dsession.transport.feign;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Waits for async calls and looks at the threads they leave, for the async tests of this package. */
final class AsyncCalls {
    static final String POOL_THREAD = "i3d-session-feign-async-";

    private AsyncCalls() {}

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    /** The exception the future completed with. */
    static Throwable failureOf(CompletableFuture<?> future) {
        return catchThrowableOfType(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS))
                .getCause();
    }

    static Set<Long> threadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }

    /** Live threads not in {@code before} whose name starts with {@code prefix}. */
    static List<Thread> newThreads(Set<Long> before, String prefix) {
        List<Thread> threads = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive()
                    && !before.contains(thread.getId())
                    && thread.getName().startsWith(prefix)) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** Names of the threads that are reading a response body into memory right now. */
    static List<String> threadsReadingABody() {
        List<String> names = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().equals(BodyBuffer.class.getName())) {
                    names.add(thread.getName());
                    return;
                }
            }
        });
        return names;
    }

    /** Waits up to {@code millis} for {@code condition}. */
    static boolean eventually(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
