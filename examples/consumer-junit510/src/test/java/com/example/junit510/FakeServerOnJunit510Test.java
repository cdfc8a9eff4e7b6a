package com.example.junit510;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** FakeSessionServer used from a project that stays on JUnit Jupiter 5.10. */
class FakeServerOnJunit510Test {

    @Test
    void logsInReadsTheUserAndLogsOut() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "correct horse"))
                        .start();
                SessionClient client =
                        SessionClient.builder().baseUri(server.baseUri()).build()) {

            SessionAuthReq auth = client.login(SessionLogin.of("alice", "correct horse"));
            SessionUser user = client.getUser();
            client.logout();

            assertFalse(auth.requiresOtp(), "alice has no 2FA");
            assertEquals(FakeUser.defaultProfile("alice"), user);
            assertThrows(NotLoggedInException.class, client::getUser);
            assertEquals(0, server.activeSessions());
            assertEquals(
                    List.of(
                            "POST /v3/session/login",
                            "GET /v3/session/user",
                            "POST /v3/session/logout",
                            "GET /v3/session/user"),
                    server.requests().stream()
                            .map(request -> request.method() + " " + request.path())
                            .collect(Collectors.toList()));
        }
    }
}
