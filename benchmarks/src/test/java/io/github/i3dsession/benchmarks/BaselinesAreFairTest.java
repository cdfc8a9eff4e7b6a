package io.github.i3dsession.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The comparison is fair: for each transport, our call and the hand-written one send the same request (same
 * method, path and headers; only the session id in the cookie differs) and read the same user. Runs each
 * benchmark's own setup and calls once, against one in-process server; a few seconds.
 */
class BaselinesAreFairTest {
    private static final SessionUser ALICE = FakeUser.defaultProfile(ServerMain.USER);
    private static FakeSessionServer server;

    @BeforeAll
    static void startServer() {
        server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp(ServerMain.USER, ServerMain.PASSWORD))
                .start();
        System.setProperty(ServerProcess.BASE_URI_PROPERTY, server.baseUri().toString());
    }

    @AfterAll
    static void stopServer() {
        System.clearProperty(ServerProcess.BASE_URI_PROPERTY);
        server.close();
    }

    @BeforeEach
    void forgetRequests() {
        server.clearRequests();
    }

    @Test
    void jdkOursAndRawSendTheSameRequestAndReadTheSameUser() throws Exception {
        JdkBenchmark benchmark = new JdkBenchmark();
        benchmark.setUp();
        try {
            assertFair(benchmark::oursGetUser, () -> RawUserMapping.toModel(call(benchmark::rawGetUser)));
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void httpClient5OursAndRawSendTheSameRequestAndReadTheSameUser() {
        HttpClient5Benchmark benchmark = new HttpClient5Benchmark();
        benchmark.setUp();
        try {
            assertFair(benchmark::oursGetUser, () -> RawUserMapping.toModel(call(benchmark::rawGetUser)));
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void feignOursAndRawSendTheSameRequestAndReadTheSameUser() {
        FeignBenchmark benchmark = new FeignBenchmark();
        benchmark.setUp();
        try {
            assertFair(benchmark::oursGetUser, () -> RawUserMapping.toModel(benchmark.rawGetUser()));
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void jsonDecodeOursAndRawReadTheSameUser() throws Exception {
        JsonDecodeBenchmark benchmark = new JsonDecodeBenchmark();
        benchmark.setUp();
        try {
            assertThat(benchmark.ours(new ProcessCpu())).isEqualTo(ALICE);
            assertThat(RawUserMapping.toModel(benchmark.raw(new ProcessCpu()))).isEqualTo(ALICE);
        } finally {
            benchmark.tearDown();
        }
    }

    private static void assertFair(Supplier<SessionUser> ours, Supplier<SessionUser> raw) {
        assertThat(ours.get()).isEqualTo(ALICE);
        RecordedRequest oursRequest = lastUserRequest();
        assertThat(raw.get()).isEqualTo(ALICE);
        RecordedRequest rawRequest = lastUserRequest();

        assertThat(rawRequest.method()).isEqualTo(oursRequest.method()).isEqualTo("GET");
        assertThat(withoutSessionId(rawRequest)).isEqualTo(withoutSessionId(oursRequest));
    }

    private static RecordedRequest lastUserRequest() {
        List<RecordedRequest> requests = server.requests();
        RecordedRequest last = requests.get(requests.size() - 1);
        assertThat(last.path()).isEqualTo(Fixture.USER_PATH);
        return last;
    }

    /** Every header with its values, the cookie's value replaced by its name: the sessions differ on purpose. */
    private static Map<String, List<String>> withoutSessionId(RecordedRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.put("Cookie", List.of(request.header("Cookie").orElseThrow().replaceAll("=.*", "=<session>")));
        return headers;
    }

    private interface IoSupplier<T> {
        T get() throws Exception;
    }

    private static <T> T call(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
