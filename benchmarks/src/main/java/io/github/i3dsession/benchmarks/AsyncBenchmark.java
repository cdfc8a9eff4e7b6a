package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.transport.httpclient5.HttpClient5Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 64 calls in flight from one benchmark thread, with the JVM's and the HTTP clients' defaults: 64 calls started,
 * then all joined; one operation is the whole batch. Reports the most threads the client had started at once in
 * an iteration ({@link ClientThreads}). {@link AsyncTunedBenchmark} repeats the JDK part with the executors an
 * application would choose to bound its threads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AsyncBenchmark {
    private static final String HC5_USER_AGENT = Fixture.userAgent("httpclient5");
    private static final String JDK_USER_AGENT = Fixture.userAgent("jdk");

    static final int IN_FLIGHT = 64;

    /** Our client over {@code JdkTransport.create(http)}; the {@code HttpClient} has its default executor. */
    @State(Scope.Benchmark)
    public static class Jdk extends JdkAsyncState {
        @Setup
        public void setUp() {
            start(null);
        }

        @Setup(Level.Iteration)
        public void resetPeak() {
            threads.resetPeak();
        }

        @TearDown
        public void tearDown() {
            stop("default executor, JVM defaults");
        }
    }

    /**
     * Our client over {@code HttpClient5Transport.builder().httpClient(classic).httpAsyncClient(async)}: native
     * async over the application's {@link CloseableHttpAsyncClient} (its default I/O reactor: one thread per
     * core), which the raw calls share.
     */
    @State(Scope.Benchmark)
    public static class HttpClient5 {
        ServerProcess server;
        ThreadSampler threads;
        CloseableHttpClient http;
        CloseableHttpAsyncClient httpAsync;
        SessionClient ours;
        URI userUri;
        String cookie;

        @Setup
        public void setUp() {
            server = ServerProcess.start();
            cookie = Fixture.rawLogin(server.baseUri());
            userUri = server.baseUri().resolve(Fixture.USER_PATH);
            threads = new ThreadSampler();
            http = HttpClient5Benchmark.sharedClient();
            httpAsync = sharedAsyncClient();
            httpAsync.start();
            ours = Fixture.loggedInClient(
                    server.baseUri(),
                    HttpClient5Transport.builder()
                            .httpClient(http)
                            .httpAsyncClient(httpAsync)
                            .build());
        }

        /** As {@link HttpClient5Benchmark#sharedClient()}, async, with a connection per call in flight. */
        static CloseableHttpAsyncClient sharedAsyncClient() {
            return HttpAsyncClients.custom()
                    .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(IN_FLIGHT)
                            .setMaxConnPerRoute(IN_FLIGHT)
                            .build())
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setResponseTimeout(Timeout.of(Fixture.TIMEOUT))
                            .build())
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .build();
        }

        @Setup(Level.Iteration)
        public void resetPeak() {
            threads.resetPeak();
        }

        @TearDown
        public void tearDown() {
            System.out.println("\nthreads started for the HttpClient 5 client: at the peak "
                    + threads.newThreadsAtPeak() + ", alive at the end " + threads.newThreadsByName());
            threads.close();
            ours.close();
            httpAsync.close(CloseMode.GRACEFUL);
            http.close(CloseMode.GRACEFUL);
            server.close();
        }
    }

    /**
     * The peak thread counts of an iteration, which JMH reports as secondary results: {@code clientThreads}, the
     * threads started since the client's state was set up (the client's, and any the JDK starts for it);
     * {@code liveThreads}, all threads of this JVM. JMH sums EVENTS counters over the iterations, so
     * {@link Report} reads the largest single iteration from the raw data.
     */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class ClientThreads {
        public int clientThreads;
        public int liveThreads;

        void record(ThreadSampler sampler) {
            clientThreads = sampler.peak();
            liveThreads = sampler.peakLive();
        }
    }

    @Benchmark
    public void jdkOurs64(Jdk jdk, ClientThreads counter, Blackhole bh) {
        ours64(jdk.ours, bh);
        counter.record(jdk.threads);
    }

    @Benchmark
    public void jdkRaw64(Jdk jdk, ClientThreads counter, Blackhole bh) {
        raw64(jdk, bh);
        counter.record(jdk.threads);
    }

    @Benchmark
    public void httpClient5Ours64(HttpClient5 hc5, ClientThreads counter, Blackhole bh) {
        ours64(hc5.ours, bh);
        counter.record(hc5.threads);
    }

    /** The same 64 requests by hand on the same async client: {@code SimpleHttpRequest}, then Jackson. */
    @Benchmark
    public void httpClient5Raw64(HttpClient5 hc5, ClientThreads counter, Blackhole bh) {
        List<CompletableFuture<RawUser>> calls = new ArrayList<>(IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            SimpleHttpRequest request = SimpleRequestBuilder.get(hc5.userUri)
                    .addHeader("Accept", Fixture.ACCEPT)
                    .addHeader("Cookie", hc5.cookie)
                    .addHeader("User-Agent", HC5_USER_AGENT)
                    .build();
            CompletableFuture<RawUser> call = new CompletableFuture<>();
            hc5.httpAsync.execute(request, new FutureCallback<SimpleHttpResponse>() {
                @Override
                public void completed(SimpleHttpResponse response) {
                    try {
                        if (response.getCode() != 200) {
                            throw new IOException("GET " + hc5.userUri + " answered " + response.getCode());
                        }
                        call.complete(RawJson.MAPPER.readValue(response.getBodyBytes(), RawUser.class));
                    } catch (IOException | RuntimeException e) {
                        call.completeExceptionally(e);
                    }
                }

                @Override
                public void failed(Exception e) {
                    call.completeExceptionally(e);
                }

                @Override
                public void cancelled() {
                    call.cancel(false);
                }
            });
            calls.add(call);
        }
        for (CompletableFuture<RawUser> call : calls) {
            bh.consume(call.join());
        }
        counter.record(hc5.threads);
    }

    /** {@code client.async().getUser()} 64 times, then join them all. */
    static void ours64(SessionClient client, Blackhole bh) {
        AsyncSessionClient async = client.async();
        List<CompletableFuture<SessionUser>> calls = new ArrayList<>(IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            calls.add(async.getUser());
        }
        for (CompletableFuture<SessionUser> call : calls) {
            bh.consume(call.join());
        }
    }

    /** The same 64 requests by hand: {@code sendAsync} with {@code ofByteArray()}, then Jackson. */
    static void raw64(JdkAsyncState jdk, Blackhole bh) {
        List<CompletableFuture<RawUser>> calls = new ArrayList<>(IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            HttpRequest request = HttpRequest.newBuilder(jdk.userUri)
                    .header("Accept", Fixture.ACCEPT)
                    .header("Cookie", jdk.cookie)
                    .header("User-Agent", JDK_USER_AGENT)
                    .timeout(Fixture.TIMEOUT)
                    .GET()
                    .build();
            calls.add(jdk.http
                    .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(AsyncBenchmark::readUser));
        }
        for (CompletableFuture<RawUser> call : calls) {
            bh.consume(call.join());
        }
    }

    private static RawUser readUser(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + response.uri() + " answered " + response.statusCode());
        }
        try {
            return RawJson.MAPPER.readValue(response.body(), RawUser.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
