package io.github.i3dsession.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.LogCapture;
import io.github.i3dsession.testkit.MutableClock;
import io.github.i3dsession.testkit.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Set-up shared by the contract classes: a fresh fake server, transport and clients per test. */
abstract class ContractSupport {
    static final String USER = "alice";
    static final String PASSWORD = "correct horse battery staple";
    static final String OTP_USER = "bob";
    static final String OTP_PASSWORD = "Tr0ub4dor&3";
    static final String OTP = "246810";
    static final String TOTP_USER = "carol";
    static final byte[] TOTP_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final String TOTP_PASSWORD = "p@ssw0rd-carol";
    static final String API_KEY = "i3d-api-key-7f3a9c1e";
    static final String LOGIN_PATH = "/v3/session/login";
    static final String OTP_PATH = "/v3/session/login/otp";
    static final String LOGOUT_PATH = "/v3/session/logout";
    static final String USER_PATH = "/v3/session/user";
    static final Duration LOCKOUT = Duration.ofSeconds(60);
    /** Loggers of test tooling, whose lines are not the client's: "LEVEL logger - message". */
    private static final Pattern TEST_TOOLING = Pattern.compile(
            "^\\S+ (com\\.tngtech\\.archunit|com\\.atlassian|io\\.swagger|com\\.networknt|org\\.eclipse\\.jetty)\\.");

    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(20))
            .build();

    /** The fake server of the current test; restarted by {@link #restartServer(Consumer)}. */
    FakeSessionServer server;
    /** The transport of the current test, shared by every client the test creates. */
    SessionTransport transport;

    final MutableClock clock = MutableClock.startingNow();
    private final List<SessionClient> clients = new ArrayList<>();

    /**
     * Creates the transport under test. Called once per test; the kit closes it after the test.
     *
     * @return a new transport
     */
    protected abstract SessionTransport createTransport();

    @BeforeEach
    final void startServerAndTransport() {
        server = startServer(builder -> {});
        transport = createTransport();
    }

    @AfterEach
    final void closeServerAndTransport() {
        List<String> secrets = new ArrayList<>(List.of(
                PASSWORD,
                OTP_PASSWORD,
                OTP,
                TOTP_PASSWORD,
                API_KEY,
                new String(TOTP_SECRET, StandardCharsets.US_ASCII)));
        for (SessionClient client : clients) {
            client.session().cookies().forEach(cookie -> secrets.add(cookie.value()));
        }
        clients.forEach(SessionClient::close);
        clients.clear();
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.close();
        }
        // Every test of the kit, whatever it proves, also proves that no secret reached a log line at any level.
        if (LogCapture.isInstalled()) {
            // Test tooling in the same JVM (ArchUnit reading class files, the OpenAPI validator, the test proxy)
            // logs our test constants as data; what is checked is everything the client and HTTP libraries log.
            List<String> lines = new ArrayList<>();
            for (String line : LogCapture.lines()) {
                if (!TEST_TOOLING.matcher(line).find()) {
                    lines.add(line);
                }
            }
            LogCapture.clear();
            for (String secret : secrets) {
                assertThat(lines)
                        .as("log lines at every level, TRACE included")
                        .noneMatch(line -> line.contains(secret));
            }
        }
    }

    FakeSessionServer startServer(Consumer<FakeSessionServer.Builder> customizer) {
        FakeSessionServer.Builder builder = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp(USER, PASSWORD))
                .user(FakeUser.withOtp(OTP_USER, OTP_PASSWORD, OTP))
                .user(FakeUser.withTotp(TOTP_USER, TOTP_PASSWORD, TOTP_SECRET))
                .maxFailedLogins(3)
                .lockout(LOCKOUT)
                .clock(clock);
        customizer.accept(builder);
        return builder.start();
    }

    void restartServer(Consumer<FakeSessionServer.Builder> customizer) {
        server.close();
        server = startServer(customizer);
    }

    /** A builder aimed at the fake server over this test's transport, with fast retries. */
    SessionClientBuilder clientBuilder() {
        return SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .retryPolicy(FAST_RETRIES)
                .requestTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(20));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    SessionClient track(SessionClient client) {
        clients.add(client);
        return client;
    }

    SessionClient newClient() {
        return track(clientBuilder().build());
    }

    ContractApi api(ContractMode mode) {
        return ContractApi.of(newClient(), mode);
    }

    ContractApi api(ContractMode mode, SessionClientBuilder builder) {
        return ContractApi.of(track(builder.build()), mode);
    }

    static SessionLogin alice() {
        return SessionLogin.of(USER, PASSWORD);
    }

    static SessionLogin bob() {
        return SessionLogin.of(OTP_USER, OTP_PASSWORD);
    }

    List<RecordedRequest> requestsTo(String path) {
        List<RecordedRequest> matching = new ArrayList<>();
        for (RecordedRequest request : server.requests()) {
            if (request.path().equals(path)) {
                matching.add(request);
            }
        }
        return matching;
    }

    RecordedRequest lastRequestTo(String path) {
        List<RecordedRequest> matching = requestsTo(path);
        if (matching.isEmpty()) {
            throw new AssertionError("no request to " + path + " was recorded; requests: " + server.requests());
        }
        return matching.get(matching.size() - 1);
    }
}
