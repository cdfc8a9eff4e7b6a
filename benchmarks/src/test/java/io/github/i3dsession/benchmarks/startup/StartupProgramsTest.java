package io.github.i3dsession.benchmarks.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up programs do the same work: each logs in and reads the user with exactly two requests, and prints the
 * phases {@link StartupBenchmark} reads. Runs each program's {@code main} once, in this JVM, against one server.
 */
class StartupProgramsTest {
    private static final String USER = "alice";
    private static final String PASSWORD = "correct horse battery staple";
    private static FakeSessionServer server;

    @BeforeAll
    static void startServer() {
        server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp(USER, PASSWORD))
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void forgetRequests() {
        server.clearRequests();
    }

    @Test
    void oursLogsInAndReadsTheUser() throws Exception {
        // This test's class path holds every transport; the benchmark's holds transport-jdk alone.
        System.setProperty("i3dsession.transport", "jdk");
        try {
            assertTwoRequestsAndPhases(() -> OursMain.main(args(PASSWORD)));
        } finally {
            System.clearProperty("i3dsession.transport");
        }
    }

    @Test
    void jacksonLogsInAndReadsTheUser() throws Exception {
        assertTwoRequestsAndPhases(() -> JacksonMain.main(args(PASSWORD)));
    }

    @Test
    void plainLogsInAndReadsTheUser() throws Exception {
        assertTwoRequestsAndPhases(() -> PlainMain.main(args(PASSWORD)));
    }

    @Test
    void plainFailsOnAWrongPassword() {
        assertThatThrownBy(() -> PlainMain.main(args("wrong")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("login answered 401");
    }

    @Test
    void jacksonFailsOnAWrongPassword() {
        assertThatThrownBy(() -> JacksonMain.main(args("wrong")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("login answered 401");
    }

    private static String[] args(String password) {
        return new String[] {server.baseUri().toString(), USER, password};
    }

    private interface Program {
        void run() throws Exception;
    }

    private static void assertTwoRequestsAndPhases(Program program) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(out);
        }
        List<RecordedRequest> requests = server.requests();
        assertThat(requests.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toList()))
                .containsExactly("POST /v3/session/login", "GET /v3/session/user");
        assertThat(requests.get(1).header("Cookie")).isPresent();
        assertThat(captured.toString(StandardCharsets.UTF_8)).matches("startup-phases \\d+ \\d+ \\d+\\R");
    }
}
