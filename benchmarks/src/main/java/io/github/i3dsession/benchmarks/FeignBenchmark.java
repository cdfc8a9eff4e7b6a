package io.github.i3dsession.benchmarks;

import feign.Client;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.transport.feign.FeignTransport;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code GET /v3/session/user} over Feign: our {@link SessionClient} over
 * {@code FeignTransport.create(Feign.builder().client(client))} against a hand-written Feign interface with a
 * Jackson decoder, both on the same {@link Client.Default} ({@code HttpURLConnection}).
 */
// HttpURLConnection keeps at most 5 idle connections per host by default: with 8 threads both sides would
// reconnect all the time. 16 lets every thread keep its connection.
@Fork(jvmArgsAppend = "-Dhttp.maxConnections=16")
@State(Scope.Benchmark)
public class FeignBenchmark {
    private ServerProcess server;
    private SessionClient ours;
    private RawSessionApi raw;
    private Map<String, String> rawHeaders;

    @Setup
    public void setUp() {
        server = ServerProcess.start();
        Client client = new Client.Default(null, null);
        ours = Fixture.loggedInClient(
                server.baseUri(), FeignTransport.create(Feign.builder().client(client)));
        raw = Feign.builder()
                .client(client)
                .decoder(new RawJacksonDecoder())
                // The same timeouts as ours, set once; redirects off, as FeignTransport sets them per call.
                .options(
                        new Request.Options(10, TimeUnit.SECONDS, Fixture.TIMEOUT.toSeconds(), TimeUnit.SECONDS, false))
                .retryer(Retryer.NEVER_RETRY)
                .target(RawSessionApi.class, server.baseUri().toString());
        rawHeaders = Map.of("Cookie", Fixture.rawLogin(server.baseUri()), "User-Agent", Fixture.userAgent("feign"));
    }

    @TearDown
    public void tearDown() {
        ours.close();
        server.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SessionUser ours(ProcessCpu cpu) {
        cpu.calls++;
        return ours.getUser();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RawUser raw(ProcessCpu cpu) {
        cpu.calls++;
        return raw.user(rawHeaders);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(8)
    public SessionUser ours8Threads() {
        return ours.getUser();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(8)
    public RawUser raw8Threads() {
        return raw.user(rawHeaders);
    }

    SessionUser oursGetUser() {
        return ours.getUser();
    }

    RawUser rawGetUser() {
        return raw.user(rawHeaders);
    }
}
