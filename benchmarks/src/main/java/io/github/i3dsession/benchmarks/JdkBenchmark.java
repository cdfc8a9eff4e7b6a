package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@code GET /v3/session/user} over the JDK's {@link HttpClient}: our {@link SessionClient} over
 * {@code JdkTransport.create(http)} against {@code http.send(..., ofInputStream())} plus Jackson, on the same
 * {@code HttpClient} instance.
 */
@State(Scope.Benchmark)
public class JdkBenchmark {
    private ServerProcess server;
    private HttpClient http;
    private SessionClient ours;
    private URI userUri;
    private String cookie;

    @Setup
    public void setUp() {
        server = ServerProcess.start();
        // Both sides share it. HTTP/1.1: the fake server speaks nothing else, so no h2c upgrade is offered.
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ours = Fixture.loggedInClient(server.baseUri(), JdkTransport.create(http));
        userUri = server.baseUri().resolve(Fixture.USER_PATH);
        cookie = Fixture.rawLogin(server.baseUri());
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
    public RawUser raw(ProcessCpu cpu) throws IOException, InterruptedException {
        cpu.calls++;
        return rawGetUser();
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
    public RawUser raw8Threads() throws IOException, InterruptedException {
        return rawGetUser();
    }

    private static final String USER_AGENT = Fixture.userAgent("jdk");

    /** The same request by hand: same URI, Accept, Cookie, User-Agent and timeout, a new request per call, as ours. */
    RawUser rawGetUser() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(userUri)
                .header("Accept", Fixture.ACCEPT)
                .header("Cookie", cookie)
                .header("User-Agent", USER_AGENT)
                .timeout(Fixture.TIMEOUT)
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("GET " + userUri + " answered " + response.statusCode());
            }
            RawUser user = RawJson.MAPPER.readValue(in, RawUser.class);
            // Read to the end of the stream, as our client does: closing earlier drops the connection.
            while (in.read() >= 0) {
                // Nothing is left after the closing brace; this sees the end of the stream.
            }
            return user;
        }
    }

    SessionUser oursGetUser() {
        return ours.getUser();
    }
}
