package com.example.httpclient5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhoAmITest {

    private FakeSessionServer server;

    @BeforeEach
    void startServer() {
        SessionUser bobInAmsterdam = FakeUser.defaultProfile("bob").toBuilder()
                .details(FakeUser.defaultProfile("bob").details().toBuilder().city("Amsterdam").build())
                .build();
        server = FakeSessionServer.builder()
                .user(FakeUser.withOtp("alice", "pw", "123456"))
                .user(FakeUser.withoutOtp("bob", "hunter2").withProfile(bobInAmsterdam))
                .start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void logsInWithTheOneTimePasswordReadsTheUserAndLogsOut() {
        assertEquals("alice from Rotterdam", WhoAmI.whoAmI(server.baseUri(), "alice", "pw", () -> "123456"));

        assertEquals(List.of("POST /v3/session/login", "POST /v3/session/login/otp",
                "GET /v3/session/user", "POST /v3/session/logout"), requestLines());
        assertEquals(0, server.activeSessions());
    }

    @Test
    void asksForNoOneTimePasswordWhenTheAccountHasNo2fa() {
        assertEquals("bob from Amsterdam", WhoAmI.whoAmI(server.baseUri(), "bob", "hunter2",
                () -> fail("bob has no 2FA: no one-time password should be asked for")));

        assertEquals(List.of("POST /v3/session/login", "GET /v3/session/user", "POST /v3/session/logout"),
                requestLines());
        assertEquals(0, server.activeSessions());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThrows(InvalidCredentialsException.class,
                () -> WhoAmI.whoAmI(server.baseUri(), "alice", "wrong", () -> "123456"));

        assertEquals(List.of("POST /v3/session/login"), requestLines());
    }

    private List<String> requestLines() {
        return server.requests().stream()
                .map(request -> request.method() + " " + request.path())
                .collect(Collectors.toList());
    }
}
