package io.github.i3dsession.transport.httpclient5;

import static io.github.i3dsession.transport.httpclient5.HttpClient5TransportAsyncTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What runs on which threads: the async client's I/O thread and the callback threads exist from the first
 * sendAsync until close, and futures never complete on the I/O thread.
 */
class HttpClient5TransportThreadsTest {
    /**
     * HttpCore's requester names its I/O threads, the transport its callback threads; HttpClient's own async
     * clients would use the last two.
     */
    private static final List<String> CLIENT_THREADS =
            List.of("requester-dispatch", "i3d-session-hc5-async", "httpclient-dispatch", "httpclient-main");

    private final FakeSessionServer server =
            FakeSessionServer.builder().user(FakeUser.withoutOtp("alice", "pw")).start();
    private final Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void syncUseStartsNoThreadsAndTheFirstSendAsyncStartsOneIoThreadThatCloseEnds() throws Exception {
        HttpClient5Transport transport = HttpClient5Transport.create();
        try (TransportResponse response =
                transport.send(Requests.getUser(server.baseUri()).build())) {
            assertThat(response.statusCode()).isEqualTo(404);
        }
        assertThat(newClientThreads()).isEmpty();

        for (int i = 0; i < 3; i++) {
            try (TransportResponse response =
                    await(transport.sendAsync(Requests.getUser(server.baseUri()).build()))) {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
        assertThat(newClientThreads())
                .contains("requester-dispatch-1")
                .allMatch(name -> name.equals("requester-dispatch-1") || name.startsWith("i3d-session-hc5-async-"));

        transport.close();

        // Closing waits for the I/O thread and the callback threads to end.
        assertThat(newClientThreads()).isEmpty();
    }

    @Test
    void closingATransportThatNeverSentAsyncStartsNothing() {
        HttpClient5Transport transport = HttpClient5Transport.create();

        transport.close();
        transport.close();

        assertThat(newClientThreads()).isEmpty();
        assertThat(HttpClient5TransportAsyncTest.failureOf(
                        transport.sendAsync(Requests.getUser(server.baseUri()).build())))
                .hasMessageStartingWith("HttpClient5Transport is closed");
        assertThat(newClientThreads()).isEmpty();
    }

    @Test
    void theFutureCompletesOnACallbackThreadNotOnTheIoThread() throws Exception {
        // The answer is late enough for the stage below to be attached before the future completes.
        server.enqueue(
                "/v3/session/user",
                FakeResponse.builder()
                        .delayBeforeHeaders(Duration.ofMillis(300))
                        .build());
        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            String thread = transport
                    .sendAsync(Requests.getUser(server.baseUri()).build())
                    .thenApply(response -> {
                        response.close();
                        return Thread.currentThread().getName();
                    })
                    .get();

            assertThat(thread).startsWith("i3d-session-hc5-async-");
        }
    }

    @Test
    void aStageThatBlocksOnAnotherRequestOfTheSameTransportDoesNotStopItsIo() throws Exception {
        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            int second = transport
                    .sendAsync(Requests.getUser(server.baseUri()).build())
                    .thenApply(first -> {
                        first.close();
                        // Blocking here on the only I/O thread would wait forever.
                        try (TransportResponse response = transport
                                .sendAsync(Requests.getUser(server.baseUri()).build())
                                .join()) {
                            return response.statusCode();
                        }
                    })
                    .get(10, TimeUnit.SECONDS);

            assertThat(second).isEqualTo(404);
        }
    }

    private List<String> newClientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .map(Thread::getName)
                .filter(name -> CLIENT_THREADS.stream().anyMatch(name::startsWith))
                .sorted()
                .collect(Collectors.toList());
    }
}
