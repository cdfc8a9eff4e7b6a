package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.transport.httpclient5.HttpClient5Transport;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 64 calls in flight from one benchmark thread: {@code client.async().getUser()} 64 times, then join them all;
 * one operation is the whole batch. Reports, as the {@code clientThreads} counter, the most threads the client
 * had started at once during each iteration (sampled every millisecond; JMH's and the JVM's threads excluded).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AsyncBenchmark {
    static final int IN_FLIGHT = 64;

    /**
     * Our client over {@code JdkTransport.create(http)}: {@code HttpClient.sendAsync}, no thread per call. The
     * {@code HttpClient} runs its completions on its default executor (an unbounded cached pool) or on a fixed
     * pool of two threads that the application gives it.
     */
    @State(Scope.Benchmark)
    public static class Jdk {
        @Param({"default", "fixed2"})
        public String executor;

        ServerProcess server;
        ExecutorService pool;
        ThreadSampler threads;
        HttpClient http;
        SessionClient ours;
        URI userUri;
        String cookie;

        @Setup
        public void setUp() {
            server = ServerProcess.start();
            cookie = Fixture.rawLogin(server.baseUri());
            userUri = server.baseUri().resolve(Fixture.USER_PATH);
            threads = new ThreadSampler();
            // Every thread the HttpClient starts from here on counts as the client's.
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (executor.equals("fixed2")) {
                pool = Executors.newFixedThreadPool(2, runnable -> {
                    Thread thread = new Thread(runnable, "app-http-executor");
                    thread.setDaemon(true);
                    return thread;
                });
                builder.executor(pool);
            }
            http = builder.build();
            ours = Fixture.loggedInClient(server.baseUri(), JdkTransport.create(http));
        }

        @Setup(Level.Iteration)
        public void resetPeak() {
            threads.resetPeak();
        }

        @TearDown
        public void tearDown() {
            System.out.println("\nthreads the JDK client started (executor " + executor + "), alive at the end: "
                    + threads.newThreadsByName());
            threads.close();
            ours.close();
            if (pool != null) {
                pool.shutdownNow();
            }
            server.close();
        }
    }

    /** Our client over {@code HttpClient5Transport.create(classicClient)}. */
    @State(Scope.Benchmark)
    public static class HttpClient5 {
        ServerProcess server;
        ThreadSampler threads;
        CloseableHttpClient http;
        SessionClient ours;
        SessionTransport transport;

        @Setup
        public void setUp() {
            server = ServerProcess.start();
            threads = new ThreadSampler();
            http = HttpClient5Benchmark.sharedClient();
            transport = HttpClient5Transport.create(http);
            ours = Fixture.loggedInClient(server.baseUri(), transport);
        }

        @Setup(Level.Iteration)
        public void resetPeak() {
            threads.resetPeak();
        }

        @TearDown
        public void tearDown() {
            System.out.println("\nthreads the HttpClient 5 client started, alive at the end: "
                    + threads.newThreadsByName());
            threads.close();
            ours.close();
            http.close(CloseMode.GRACEFUL);
            server.close();
        }
    }

    /**
     * The peak thread counts of an iteration, which JMH reports as secondary results: {@code clientThreads}, the
     * threads the client started; {@code liveThreads}, all threads of this JVM. JMH sums EVENTS counters over the
     * iterations, so {@link Report} reads the largest single iteration from the raw data.
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
        AsyncSessionClient async = jdk.ours.async();
        @SuppressWarnings("unchecked")
        CompletableFuture<SessionUser>[] calls = new CompletableFuture[IN_FLIGHT];
        for (int i = 0; i < IN_FLIGHT; i++) {
            calls[i] = async.getUser();
        }
        for (CompletableFuture<SessionUser> call : calls) {
            bh.consume(call.join());
        }
        counter.record(jdk.threads);
    }

    /** The same 64 requests by hand: {@code sendAsync} with {@code ofByteArray()}, then Jackson. */
    @Benchmark
    public void jdkRaw64(Jdk jdk, ClientThreads counter, Blackhole bh) {
        @SuppressWarnings("unchecked")
        CompletableFuture<RawUser>[] calls = new CompletableFuture[IN_FLIGHT];
        for (int i = 0; i < IN_FLIGHT; i++) {
            HttpRequest request = HttpRequest.newBuilder(jdk.userUri)
                    .header("Accept", Fixture.ACCEPT)
                    .header("Cookie", jdk.cookie)
                    .timeout(Fixture.TIMEOUT)
                    .GET()
                    .build();
            calls[i] = jdk.http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(AsyncBenchmark::readUser);
        }
        for (CompletableFuture<RawUser> call : calls) {
            bh.consume(call.join());
        }
        counter.record(jdk.threads);
    }

    @Benchmark
    public void httpClient5Ours64(HttpClient5 hc5, ClientThreads counter, Blackhole bh) {
        AsyncSessionClient async = hc5.ours.async();
        @SuppressWarnings("unchecked")
        CompletableFuture<SessionUser>[] calls = new CompletableFuture[IN_FLIGHT];
        for (int i = 0; i < IN_FLIGHT; i++) {
            calls[i] = async.getUser();
        }
        for (CompletableFuture<SessionUser> call : calls) {
            bh.consume(call.join());
        }
        counter.record(hc5.threads);
    }

    private static RawUser readUser(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + response.uri() + " answered " + response.statusCode());
        }
        try {
            return RawJson.MAPPER.readValue(response.body(), RawUser.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
