package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The core fires each attempt's abort signal at the call deadline, on close() and on an interrupt, and ends the call
 * with the exception that says why (the contract kit's DeadlineContract proves it over real transports).
 */
class CallEndsOnTimeTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final AtomicBoolean signalFired = new AtomicBoolean();

    private SessionClient client(Duration callTimeout) {
        return SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .transport(transport)
                .requestTimeout(callTimeout)
                .callTimeout(callTimeout)
                .build();
    }

    /**
     * A transport step that waits for the response until the request's abort signal fires, ignoring interrupts as a
     * blocking socket read does: a stalled server.
     */
    private ScriptedTransport.Step stalled() {
        return (TransportRequest request) -> {
            CountDownLatch aborted = new CountDownLatch(1);
            request.abortSignal().onAbort(aborted::countDown);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (aborted.getCount() > 0 && System.nanoTime() - until < 0) {
                // Like a socket read, the wait neither ends on an interrupt nor clears the flag.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            signalFired.set(aborted.getCount() == 0);
            throw new IOException("exchange aborted");
        };
    }

    @Test
    void theCallDeadlineAbortsAnAttemptThatWaitsForItsResponse() {
        transport.then(stalled());
        SessionClient client = client(Duration.ofMillis(500));

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, client::getUser);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(signalFired).isTrue();
        assertThat(e)
                .hasMessage("getUser GET https://api.i3d.net/v3/session/user did not complete within the call timeout"
                        + " of PT0.5S (1 attempt)");
    }

    @Test
    void theCallDeadlineEndsABodyThatDripsEvenWhenClosingTheResponseBlocks() {
        // One byte every 50 ms of a long body, and a close() that does not reach the read: what a synchronized
        // HttpURLConnection stream does to a closing thread while a reader keeps taking its lock byte by byte.
        InputStream dripping = new InputStream() {
            private final byte[] body = ("{\"userName\":\"" + "x".repeat(400) + "\"}").getBytes(StandardCharsets.UTF_8);
            private int next;

            @Override
            public int read() {
                sleep(50);
                return next < body.length ? body[next++] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int b = read();
                if (b < 0) {
                    return -1;
                }
                buffer[offset] = (byte) b;
                return 1;
            }

            @Override
            public void close() {
                // Neither ends the read nor returns soon: HttpURLConnection's close waits while its keep-alive
                // cleaner, holding the stream's lock, drains the rest of a dripping body.
                sleep(5000);
            }
        };
        transport.then(
                request -> TransportResponse.of(200, Map.of("Content-Type", List.of("application/json")), dripping));
        SessionClient client = client(Duration.ofMillis(500));

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, client::getUser);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(e)
                .hasMessage("getUser GET https://api.i3d.net/v3/session/user did not complete within the call timeout"
                        + " of PT0.5S (1 attempt)");
    }

    /**
     * The JDK's HttpClient before Java 22 times a request on the wall clock (JDK-8309939): a clock step fires its
     * timeout before the call's deadline by ours. When the attempt had all that remained of the call, that timeout is
     * the call's: a retry would go out with the milliseconds left.
     */
    @Test
    void aTransportTimeoutOfAnAttemptThatHadAllTheCallsTimeEndsTheCallWithoutARetry() {
        transport.thenFail(new HttpTimeoutException("request timed out")).thenStatus(404, null);
        SessionClient client = client(Duration.ofSeconds(5));

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, client::getUser);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(transport.sent).hasSize(1);
        assertThat(e)
                .hasMessage("getUser GET https://api.i3d.net/v3/session/user did not complete within the call timeout"
                        + " of PT5S (1 attempt)")
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void anAsyncCallEndsTooWhenTheTransportTimesOutAnAttemptThatHadAllTheCallsTime() {
        transport.thenFail(new SocketTimeoutException("Read timed out")).thenStatus(404, null);
        SessionClient client = client(Duration.ofSeconds(5));

        Throwable failure = catchThrowableOfType(
                java.util.concurrent.ExecutionException.class,
                () -> client.async().getUser().get(2, TimeUnit.SECONDS));

        assertThat(transport.sent).hasSize(1);
        assertThat(failure.getCause())
                .isInstanceOf(TransportException.class)
                .hasMessage("getUser GET https://api.i3d.net/v3/session/user did not complete within the call timeout"
                        + " of PT5S (1 attempt)");
    }

    @Test
    void aTimeoutOfAnAttemptWithTimeToSpareIsRetried() {
        transport.thenFail(new HttpTimeoutException("request timed out")).thenStatus(404, null);
        SessionClient client = SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .transport(transport)
                .requestTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofSeconds(30))
                .build();

        assertThatThrownBy(client::getUser).isInstanceOf(NotLoggedInException.class);
        assertThat(transport.sent).hasSize(2);
    }

    @Test
    void aConnectTimeoutIsRetriedEvenWhenTheAttemptHadAllTheCallsTime() {
        // The connect timeout is never shortened to the call's: once it has passed, a timeout may be its own.
        transport
                .then(request -> {
                    sleep(150);
                    throw new HttpConnectTimeoutException("HTTP connect timed out");
                })
                .thenStatus(404, null);
        SessionClient client = SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .transport(transport)
                .connectTimeout(Duration.ofMillis(100))
                .requestTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(30))
                .build();

        assertThatThrownBy(client::getUser).isInstanceOf(NotLoggedInException.class);
        assertThat(transport.sent).hasSize(2);
    }

    @Test
    void closeAbortsTheAttemptInFlightAndSaysTheClientWasClosed() throws Exception {
        transport.then(stalled());
        SessionClient client = client(Duration.ofSeconds(30));
        closeSoon(client);

        TransportException e = catchThrowableOfType(TransportException.class, client::getUser);

        assertThat(signalFired).isTrue();
        assertThat(e)
                .hasMessage("getUser GET https://api.i3d.net/v3/session/user failed: the SessionClient was closed"
                        + " (1 attempt)");
        assertThat(transport.closed)
                .as("a transport the application passed in stays open")
                .isFalse();
    }

    @Test
    void closeEndsACallWaitingToRetry() {
        transport.thenStatus(503, null, "Retry-After", "5");
        SessionClient client = client(Duration.ofSeconds(30));
        closeSoon(client);

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, client::logout);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(e).hasMessageContaining("failed: the SessionClient was closed");
    }

    @Test
    void anInterruptAbortsTheAttemptAndTheFlagStaysSet() {
        transport.then(stalled());
        SessionClient client = client(Duration.ofSeconds(30));
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            sleep(200);
            caller.interrupt();
        });
        interrupter.start();

        TransportException e = catchThrowableOfType(TransportException.class, client::getUser);
        boolean flag = Thread.interrupted();

        assertThat(flag).isTrue();
        assertThat(signalFired).isTrue();
        assertThat(e).hasMessage("getUser GET https://api.i3d.net/v3/session/user failed: interrupted (1 attempt)");
    }

    @Test
    void anAsyncCallEndsAtOnceWhenItsClientIsClosed() throws Exception {
        transport.then(stalled());
        SessionClient client = client(Duration.ofSeconds(30));
        var future = client.async().getUser();
        sleep(200);

        client.close();

        Throwable failure = catchThrowableOfType(
                java.util.concurrent.ExecutionException.class, () -> future.get(1, TimeUnit.SECONDS));
        assertThat(failure.getCause())
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("failed: the SessionClient was closed");
        assertThat(awaitSignal()).isTrue();
    }

    private boolean awaitSignal() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (!signalFired.get() && System.nanoTime() - until < 0) {
            sleep(10);
        }
        return signalFired.get();
    }

    private static void closeSoon(SessionClient client) {
        Thread closer = new Thread(() -> {
            sleep(200);
            client.close();
        });
        closer.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
