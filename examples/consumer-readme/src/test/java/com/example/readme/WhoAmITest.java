package com.example.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's code against the fake server, built with nothing but the README's XML. */
class WhoAmITest {

    @Test
    void logsInWithTheOneTimePasswordReadsTheUserAndLogsOut() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withOtp("alice", "pw", "123456"))
                .start()) {

            String result = WhoAmI.whoAmI(server.baseUri(), "pw".toCharArray(), () -> "123456");

            assertEquals("alice from " + FakeUser.defaultProfile("alice").details().city(), result);
            assertEquals(
                    List.of("POST /v3/session/login", "POST /v3/session/login/otp", "GET /v3/session/user",
                            "POST /v3/session/logout"),
                    requestLines(server));
            assertEquals(0, server.activeSessions());
        }
    }

    @Test
    void asksForNoOneTimePasswordWhenTheAccountHasNo2fa() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .start()) {

            String result = WhoAmI.whoAmI(
                    server.baseUri(), "pw".toCharArray(), () -> fail("no one-time password may be asked for"));

            assertEquals("alice from " + FakeUser.defaultProfile("alice").details().city(), result);
            assertEquals(0, server.activeSessions());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withOtp("alice", "pw", "123456"))
                .start()) {

            assertThrows(
                    InvalidCredentialsException.class,
                    () -> WhoAmI.whoAmI(server.baseUri(), "wrong".toCharArray(), () -> "123456"));

            assertEquals(List.of("POST /v3/session/login"), requestLines(server));
        }
    }

    private static List<String> requestLines(FakeSessionServer server) {
        return server.requests().stream()
                .map(request -> request.method() + " " + request.path())
                .collect(Collectors.toList());
    }
}
