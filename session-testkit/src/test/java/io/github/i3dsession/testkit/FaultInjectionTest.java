package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
    private static final String PATH = "/v3/session/user";
    private static final HttpClient CLIENT = RawClient.httpClient();

    @Test
    void delayBeforeHeadersTripsTheClientRequestTimeout() {
        try (FakeSessionServer server = FakeSessionServer.builder().start()) {
            server.enqueue(
                    PATH,
                    FakeResponse.builder()
                            .delayBeforeHeaders(Duration.ofSeconds(30))
                            .build());
            HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve(PATH))
                    .timeout(Duration.ofMillis(300))
                    .build();

            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));

            assertThat(thrown).isInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void shortDelayBeforeHeadersStillDelivers() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder().start()) {
            server.enqueue(
                    PATH,
                    FakeResponse.builder()
                            .status(500)
                            .jsonBody("{}")
                            .delayBeforeHeaders(Duration.ofMillis(200))
                            .build());

            long start = System.nanoTime();
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(server.baseUri().resolve(PATH)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        }
    }

    @Test
    void truncateAfterCutsTheBodyShortOfItsContentLength() {
        try (FakeSessionServer server = FakeSessionServer.builder().start()) {
            server.enqueue(
                    PATH,
                    FakeResponse.builder()
                            .largeBody(100_000)
                            .truncateAfter(1_000)
                            .build());
            HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve(PATH))
                    .timeout(Duration.ofSeconds(10))
                    .build();

            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.body().length)
                        .as("a short body if no exception")
                        .isLessThan(100_000);
            } catch (IOException e) {
                assertThat(e).isNotInstanceOf(HttpTimeoutException.class);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(server.exchanges().get(0).responseBody()).hasSize(1_000);
        }
    }

    @Test
    void largeBodyStreamsSixtyFourMebibytesWithoutTheServerAllocatingThem() throws Exception {
        long size = 64L << 20;
        try (FakeSessionServer server = FakeSessionServer.builder().start()) {
            server.enqueue(
                    PATH,
                    FakeResponse.builder()
                            .status(200)
                            .header("Content-Type", "application/json")
                            .largeBody(size)
                            .build());

            HttpResponse<InputStream> response = CLIENT.send(
                    HttpRequest.newBuilder(server.baseUri().resolve(PATH)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long count = 0;
            byte[] first = null;
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (first == null && n >= 32) {
                        first = Arrays.copyOf(buffer, 32);
                    }
                    count += n;
                }
            }

            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(size);
            assertThat(count).isEqualTo(size);
            assertThat(new String(first, java.nio.charset.StandardCharsets.US_ASCII))
                    .startsWith("{\"filler\":");
            assertThat(server.exchanges().get(0).responseBody()).hasSize(64 * 1024);
            assertThat(serverThreadAllocatedBytes())
                    .as("bytes allocated by server threads")
                    .isLessThan(16L << 20);
        }
    }

    @Test
    void dripSendsTheBodyInPausedChunks() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder().start()) {
            server.enqueue(
                    PATH,
                    FakeResponse.builder()
                            .jsonBody("{\"errorCode\":1,\"errorMessage\":\"x\",\"errors\":[]}")
                            .drip(10, Duration.ofMillis(40))
                            .build());

            long start = System.nanoTime();
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(server.baseUri().resolve(PATH)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.body()).isEqualTo("{\"errorCode\":1,\"errorMessage\":\"x\",\"errors\":[]}");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void closeEndsStalledAndDrippingResponsesPromptly() throws Exception {
        FakeSessionServer server = FakeSessionServer.builder().start();
        server.enqueue(
                PATH,
                FakeResponse.builder()
                        .delayBeforeHeaders(Duration.ofMinutes(10))
                        .build());
        server.enqueue(
                "/v3/session/logout",
                FakeResponse.builder()
                        .largeBody(1_000_000)
                        .drip(1, Duration.ofMinutes(10))
                        .build());
        CompletableFuture<HttpResponse<String>> stalled = CLIENT.sendAsync(
                HttpRequest.newBuilder(server.baseUri().resolve(PATH)).build(), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> dripping = CLIENT.sendAsync(
                HttpRequest.newBuilder(server.baseUri().resolve("/v3/session/logout"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        while (server.exchanges().size() < 2) {
            Thread.sleep(5);
        }

        long start = System.nanoTime();
        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThatThrownBy(() -> stalled.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> dripping.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(liveServerThreads()).isZero();
    }

    @Test
    void startAndCloseTakeMillisecondsAndLeaveNoThreads() {
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            FakeSessionServer server = FakeSessionServer.builder()
                    .user(FakeUser.withoutOtp("alice", "pw"))
                    .start();
            new RawClient(server).login("alice", "pw");
            new RawClient(server).user();
            server.close();
            server.close();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(liveServerThreads()).isZero();
        }
    }

    @Test
    void requestsAfterCloseAreRefused() {
        FakeSessionServer server = FakeSessionServer.builder().start();
        int port = server.port();
        server.close();

        assertThat(port).isPositive();
        assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + port);
        Throwable thrown = catchThrowable(() -> new RawClient(server).user());
        assertThat(thrown).isNotNull();
    }

    private static long liveServerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("fake-session-server-"))
                .count();
    }

    /** Total bytes ever allocated by the live server worker threads (all of one server, since tests run alone). */
    private static long serverThreadAllocatedBytes() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("fake-session-server-"))
                .mapToLong(Thread::getId)
                .toArray();
        return Arrays.stream(bean.getThreadAllocatedBytes(ids))
                .filter(b -> b > 0)
                .sum();
    }
}
