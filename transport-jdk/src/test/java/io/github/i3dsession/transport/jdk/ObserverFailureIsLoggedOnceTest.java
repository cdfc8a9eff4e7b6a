package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.RequestHeaders;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionObserver;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.LogCapture;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An observer that throws is logged once, without its message, and the calls go on. */
class ObserverFailureIsLoggedOnceTest {

    @Test
    void aThrowingObserverIsLoggedOnceAndNeverBreaksACall() {
        SessionObserver broken = call -> new CallObserver() {
            @Override
            public void attemptStarted(int attempt, RequestHeaders headers) {
                throw new IllegalStateException("observer bug quoting hunter2");
            }
        };
        LogCapture.clear();
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "hunter2"))
                        .start();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .addObserver(broken)
                        .build()) {
            client.login(SessionLogin.of("alice", "hunter2"));
            client.getUser();
            client.logout();
        }

        List<String> warnings = LogCapture.lines().stream()
                .filter(line -> line.contains("SessionObserver"))
                .collect(Collectors.toList());
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("IllegalStateException").doesNotContain("hunter2");
    }
}
