package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.transport.httpclient5.HttpClient5Transport;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
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
 * {@code GET /v3/session/user} over the classic Apache HttpClient 5: our {@link SessionClient} over
 * {@code HttpClient5Transport.create(http)} against {@code http.execute(HttpGet, handler)} plus Jackson, on the
 * same {@link CloseableHttpClient}.
 */
@State(Scope.Benchmark)
public class HttpClient5Benchmark {
    private ServerProcess server;
    private CloseableHttpClient http;
    private SessionClient ours;
    private URI userUri;
    private String cookie;

    @Setup
    public void setUp() {
        server = ServerProcess.start();
        http = sharedClient();
        ours = Fixture.loggedInClient(server.baseUri(), HttpClient5Transport.create(http));
        userUri = server.baseUri().resolve(Fixture.USER_PATH);
        cookie = Fixture.rawLogin(server.baseUri());
    }

    /**
     * The application's client, as HttpClient5Transport's documentation asks for it: no retries, redirects,
     * cookies or compression; a pool wide enough for eight threads; the 30 s response timeout set once.
     */
    static CloseableHttpClient sharedClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(32)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(Fixture.TIMEOUT))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    @TearDown
    public void tearDown() {
        ours.close();
        http.close(CloseMode.GRACEFUL);
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
    public RawUser raw(ProcessCpu cpu) throws IOException {
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
    public RawUser raw8Threads() throws IOException {
        return rawGetUser();
    }

    private static final String USER_AGENT = Fixture.userAgent("httpclient5");

    /** The same request by hand: same URI, Accept, Cookie and User-Agent; the handler reads the entity and releases it. */
    RawUser rawGetUser() throws IOException {
        HttpGet get = new HttpGet(userUri);
        get.addHeader("Accept", Fixture.ACCEPT);
        get.addHeader("Cookie", cookie);
        get.addHeader("User-Agent", USER_AGENT);
        return http.execute(get, (ClassicHttpResponse response) -> {
            if (response.getCode() != 200) {
                throw new IOException("GET " + userUri + " answered " + response.getCode());
            }
            return RawJson.MAPPER.readValue(response.getEntity().getContent(), RawUser.class);
        });
    }

    SessionUser oursGetUser() {
        return ours.getUser();
    }
}
