package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Exception messages are built from our own words plus masked server text, so no password, however short or
 * ordinary, changes them: with the passwords {@code e}, {@code x}, {@code login}, {@code 127.0.0.1} and {@code "\},
 * every message reads exactly as it does with a long random password, and none contains the password.
 */
class MessagesAreNeverMangledTest {
    private static final List<String> SHORT_PASSWORDS = List.of("e", "x", "login", "127.0.0.1", "\"\\");

    @Test
    void wrongPasswordMessagesDoNotDependOnThePassword() {
        assertEveryPasswordReadsTheSame((server, password) -> loginFailure(server.baseUri(), password + "-wrong"));
    }

    @Test
    void serverErrorEchoingThePasswordIsMaskedAsAWholeValue() {
        assertEveryPasswordReadsTheSame((server, password) -> {
            server.enqueue(
                    "/v3/session/login", FakeResponse.error(500, 500, "rejected: " + password, "password", password));
            return loginFailure(server.baseUri(), password);
        });
    }

    @Test
    void serverErrorWithAPlainBodyEchoingThePasswordIsMasked() {
        assertEveryPasswordReadsTheSame((server, password) -> {
            server.enqueue(
                    "/v3/session/login",
                    FakeResponse.builder()
                            .status(502)
                            .header("Content-Type", "text/plain")
                            .body(("upstream rejected " + password + " at the gate").getBytes())
                            .build());
            return loginFailure(server.baseUri(), password);
        });
    }

    @Test
    void refusedConnectionMessagesDoNotDependOnThePassword() throws IOException {
        URI closed = closedPort();
        assertEveryPasswordReadsTheSame((server, password) -> loginFailure(closed, password));
    }

    @Test
    void timeoutMessagesDoNotDependOnThePassword() {
        assertEveryPasswordReadsTheSame((server, password) -> {
            server.enqueue(
                    "/v3/session/login",
                    FakeResponse.builder()
                            .status(200)
                            .delayBeforeHeaders(Duration.ofSeconds(5))
                            .build());
            return loginFailure(server.baseUri(), password, Duration.ofMillis(300));
        });
    }

    @Test
    void wrongOtpMessagesDoNotDependOnTheOtp() {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String wrongOtp : List.of("000000", "123450", "999999")) {
            try (FakeSessionServer server = FakeSessionServer.builder()
                            .user(FakeUser.withOtp("alice", "s3cret", "123456"))
                            .start();
                    SessionClient client = client(server.baseUri(), Duration.ofSeconds(5))) {
                client.login(SessionLogin.of("alice", "s3cret"));
                SessionException e = catchThrowableOfType(
                        SessionException.class, () -> client.provideOtp(SessionLoginOtp.of(wrongOtp)));
                messages.put(wrongOtp, e.getMessage());
                assertThat(e.getMessage()).doesNotContain(wrongOtp).doesNotContain("****");
            }
        }
        assertThat(messages.values()).containsOnly(messages.values().iterator().next());
    }

    private static void assertEveryPasswordReadsTheSame(BiFunction<FakeSessionServer, String, String> failure) {
        String random = UUID.randomUUID().toString().replace("-", "");
        String expected = run(failure, random);
        assertThat(expected).doesNotContain(random);
        for (String password : SHORT_PASSWORDS) {
            String message = run(failure, password);
            assertThat(message).as("with the password %s", password).isEqualTo(expected);
        }
    }

    private static String run(BiFunction<FakeSessionServer, String, String> failure, String password) {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", password))
                .start()) {
            // The server's port appears in the message: normalise it so that runs compare.
            return failure.apply(server, password).replace(":" + server.port() + "/", ":PORT/");
        }
    }

    private static String loginFailure(URI baseUri, String password) {
        return loginFailure(baseUri, password, Duration.ofSeconds(5));
    }

    private static String loginFailure(URI baseUri, String password, Duration timeout) {
        try (SessionClient client = client(baseUri, timeout)) {
            SessionException e = catchThrowableOfType(
                    SessionException.class, () -> client.login(SessionLogin.of("alice", password)));
            assertThat(e).as("login with %s must fail", password).isNotNull();
            return e.getMessage();
        }
    }

    private static SessionClient client(URI baseUri, Duration timeout) {
        return SessionClient.builder()
                .baseUri(baseUri)
                .retryPolicy(RetryPolicy.none())
                .requestTimeout(timeout)
                .callTimeout(timeout)
                .build();
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
