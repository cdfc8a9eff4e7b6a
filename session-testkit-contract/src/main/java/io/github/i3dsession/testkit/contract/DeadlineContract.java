package io.github.i3dsession.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.FakeResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every call ends on time: the call deadline covers the whole exchange whatever the server drips, and closing the
 * client or interrupting a blocking call ends a stalled call within a second. The bounds are the guarantees of
 * {@code docs/reliability.md}: the call timeout plus one second, and one second after the close or interrupt.
 */
abstract class DeadlineContract extends SessionLifecycleContract {
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** Long enough that no timeout of the transport's or the call's ends a stalled call during these tests. */
    private static final Duration PATIENT = Duration.ofSeconds(30);

    private SessionClientBuilder onTime(SessionClientBuilder builder) {
        return builder.requestTimeout(CALL_TIMEOUT).callTimeout(CALL_TIMEOUT);
    }

    private SessionClientBuilder patient(SessionClientBuilder builder) {
        return builder.requestTimeout(PATIENT).callTimeout(PATIENT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void stalledHeadEndsAtTheCallDeadline(ContractMode mode) {
        server.enqueue(
                USER_PATH, FakeResponse.builder().delayBeforeHeaders(STALL).build());
        ContractApi api = api(mode, onTime(clientBuilder()));

        Ended ended = report(mode, "stalled head: ended after", Ended.measure(api::getUser));

        assertThat(ended.after).isLessThan(CALL_TIMEOUT.plus(GRACE));
        assertThat(ended.failure.statusCode()).isZero();
        assertThat(ended.failure)
                .hasMessageStartingWith("getUser GET " + server.baseUri() + USER_PATH)
                .hasMessageContaining("did not complete within the call timeout of PT2S");
        // A transport may end a blocking wait by interrupting the caller; that interrupt must not outlive the call.
        assertThat(Thread.currentThread().isInterrupted())
                .as("the caller's interrupt flag after a call its deadline ended")
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void headDrippedAtOneBytePerSecondEndsAtTheCallDeadline(ContractMode mode) {
        try (DrippingHeadServer dripping = DrippingHeadServer.start(Duration.ofSeconds(1))) {
            ContractApi api = api(mode, onTime(clientBuilder().baseUri(dripping.baseUri())));

            Ended ended = report(mode, "dripped head: ended after", Ended.measure(api::getUser));

            assertThat(ended.after).isLessThan(CALL_TIMEOUT.plus(GRACE));
            assertThat(ended.failure.statusCode()).isZero();
            assertThat(ended.failure)
                    .hasMessageStartingWith("getUser GET " + dripping.baseUri() + USER_PATH)
                    .hasMessageContaining("did not complete within the call timeout of PT2S");
            assertThat(dripping.requestCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void closeEndsAStalledCallOverTheCallersTransportAndLeavesTheTransportOpen(ContractMode mode) {
        server.enqueue(
                USER_PATH, FakeResponse.builder().delayBeforeHeaders(STALL).build());
        SessionClient client = track(patient(clientBuilder()).build());

        closeEndsTheStalledCallAtOnce(mode, client, "close, caller's transport: ended after close() in");

        assertThat(newClient().login(alice()).requiresOtp()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void closeEndsAStalledCallOverADiscoveredTransport(ContractMode mode) {
        server.enqueue(
                USER_PATH, FakeResponse.builder().delayBeforeHeaders(STALL).build());
        // No transport given: the client discovers one, owns it, and closes it with itself.
        SessionClient client = track(discovered(
                patient(SessionClient.builder().baseUri(server.baseUri())).retryPolicy(FAST_RETRIES)));

        closeEndsTheStalledCallAtOnce(mode, client, "close, discovered transport: ended after close() in");
    }

    /**
     * Closes {@code client} while its getUser stalls: the call ends within {@link #GRACE}, says the client was
     * closed, and leaves no interrupt flag on the blocked caller.
     */
    private void closeEndsTheStalledCallAtOnce(ContractMode mode, SessionClient client, String what) {
        AtomicBoolean flagLeft = new AtomicBoolean();

        Ended ended = report(
                mode,
                what,
                endedBy(
                        mode,
                        client,
                        () -> server.requestCount("GET", USER_PATH),
                        client::close,
                        new Thread[1],
                        flagLeft));

        assertThat(ended.after).isLessThan(GRACE);
        assertThat(ended.failure).hasMessageContaining("the SessionClient was closed");
        assertThat(flagLeft)
                .as("an interrupt flag left on the blocked caller by close()")
                .isFalse();
    }

    @Test
    void interruptEndsABlockingCallAndKeepsTheInterruptFlag() {
        server.enqueue(
                USER_PATH, FakeResponse.builder().delayBeforeHeaders(STALL).build());
        SessionClient client = track(patient(clientBuilder()).build());
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread[] caller = new Thread[1];

        Ended ended = report(
                ContractMode.SYNC,
                "interrupt: ended after interrupt() in",
                endedBy(
                        ContractMode.SYNC,
                        client,
                        () -> server.requestCount("GET", USER_PATH),
                        () -> caller[0].interrupt(),
                        caller,
                        flagKept));

        assertThat(ended.after).isLessThan(GRACE);
        assertThat(ended.failure).hasMessageContaining("interrupted");
        assertThat(flagKept).as("the interrupt flag after the call").isTrue();
    }

    /**
     * Builds a client that discovers its transport: the provider named by {@code -Di3dsession.transport} if set,
     * else the provider named like the transport under test ({@link SessionTransport#name()}), so that a test
     * class path holding several transports still finds one.
     */
    private SessionClient discovered(SessionClientBuilder builder) {
        String property = SessionClientBuilder.TRANSPORT_PROPERTY;
        if (System.getProperty(property) != null) {
            return builder.build();
        }
        System.setProperty(property, transport.name());
        try {
            return builder.build();
        } finally {
            System.clearProperty(property);
        }
    }

    /** Prints the figure the guarantees of docs/reliability.md are measured by, as the load test does its own. */
    private Ended report(ContractMode mode, String what, Ended ended) {
        System.out.printf("deadline %s %s: %s %d ms%n", getClass().getSimpleName(), mode, what, ended.after.toMillis());
        return ended;
    }

    /**
     * Starts a getUser that stalls, waits until the server has its request, runs {@code stop} and measures how long
     * the call takes to end from then.
     */
    private static Ended endedBy(
            ContractMode mode,
            SessionClient client,
            IntSupplier requests,
            Runnable stop,
            Thread[] caller,
            AtomicBoolean flagKept) {
        CompletableFuture<Object> call;
        if (mode == ContractMode.ASYNC) {
            call = client.async().getUser().thenApply(user -> user);
        } else {
            call = new CompletableFuture<>();
            Thread thread = new Thread(
                    () -> {
                        try {
                            call.complete(client.getUser());
                        } catch (RuntimeException | Error e) {
                            flagKept.set(Thread.currentThread().isInterrupted());
                            call.completeExceptionally(e);
                        }
                    },
                    "contract-blocking-call");
            thread.setDaemon(true);
            caller[0] = thread;
            thread.start();
        }
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (requests.getAsInt() == 0) {
            if (System.nanoTime() - waitUntil > 0) {
                throw new AssertionError("the server never received the request");
            }
            sleep(10);
        }
        // The request is in: let the transport settle into its wait for the head.
        sleep(200);
        assertThat(call).as("the call must still wait for the stalled server").isNotDone();
        long start = System.nanoTime();
        stop.run();
        return Ended.await(call, start);
    }

    /** How a call ended: its exception and how long after the start of the measure. */
    private static final class Ended {
        final TransportException failure;
        final Duration after;

        private Ended(TransportException failure, Duration after) {
            this.failure = failure;
            this.after = after;
        }

        static Ended measure(Runnable call) {
            long start = System.nanoTime();
            try {
                call.run();
            } catch (TransportException e) {
                return new Ended(e, Duration.ofNanos(System.nanoTime() - start));
            }
            throw new AssertionError("the call succeeded; it should have ended with a TransportException");
        }

        static Ended await(CompletableFuture<?> call, long start) {
            try {
                call.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Duration after = Duration.ofNanos(System.nanoTime() - start);
                assertThat(e.getCause()).isInstanceOf(TransportException.class);
                return new Ended((TransportException) e.getCause(), after);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            } catch (TimeoutException e) {
                throw new AssertionError("the call did not end within 60 s", e);
            }
            throw new AssertionError("the call succeeded; it should have ended with a TransportException");
        }
    }
}
