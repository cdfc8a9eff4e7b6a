package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.model.SessionLogin;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a {@link SessionObserver} is told about calls and attempts, sync and async, over a scripted transport. */
class ObserverTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private SessionClient client(SessionObserver... observers) {
        SessionClientBuilder builder = SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .transport(transport)
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(2))
                        .build());
        for (SessionObserver observer : observers) {
            builder.addObserver(observer);
        }
        return builder.build();
    }

    private SessionObserver recording(String name) {
        return call -> {
            events.add(name + " start " + call.operation() + " " + call.method() + " " + call.pathTemplate() + " "
                    + call.transport() + (call.automatic() ? " automatic" : ""));
            return new CallObserver() {
                @Override
                public void attemptStarted(int attempt, RequestHeaders headers) {
                    events.add(name + " attempt " + attempt);
                    headers.set("traceparent", name + "-" + attempt);
                }

                @Override
                public void attemptEnded(AttemptResult result) {
                    events.add(name + " attempt " + result.attempt() + " ended "
                            + (result.statusCode().isPresent()
                                    ? "status " + result.statusCode().getAsInt()
                                    : result.failure().orElseThrow().getSimpleName())
                            + result.retryReason().map(r -> " retry: " + r).orElse(""));
                }

                @Override
                public void callEnded(CallResult result) {
                    events.add(name + " end " + result.attempts() + " attempts, "
                            + result.exception().map(Class::getSimpleName).orElse("success")
                            + result.statusCode().stream()
                                    .mapToObj(s -> ", status " + s)
                                    .findFirst()
                                    .orElse(""));
                }
            };
        };
    }

    @Test
    void aRetriedCallIsOneCallWithTwoAttempts() {
        transport.thenStatus(503, null).thenStatus(204, null);

        try (SessionClient client = client(recording("a"))) {
            client.logout();
        }

        assertThat(events)
                .containsExactly(
                        "a start logout POST /v3/session/logout scripted",
                        "a attempt 1",
                        "a attempt 1 ended status 503 retry: status 503",
                        "a attempt 2",
                        "a attempt 2 ended status 204",
                        "a end 2 attempts, success, status 204");
    }

    @Test
    void observersAreCalledInOrderAndTheirHeadersReachEachAttempt() {
        transport.thenFail(new ConnectException("refused")).thenStatus(204, null);

        try (SessionClient client = client(recording("a"), recording("b"))) {
            client.logout();
        }

        assertThat(events.subList(0, 4))
                .containsExactly(
                        "a start logout POST /v3/session/logout scripted",
                        "b start logout POST /v3/session/logout scripted",
                        "a attempt 1",
                        "b attempt 1");
        assertThat(events).contains("a attempt 1 ended ConnectException retry: ConnectException");
        // The later observer's value under the same name wins; each attempt gets its own.
        assertThat(transport.sent.get(0).headers()).containsEntry("traceparent", "b-1");
        assertThat(transport.sent.get(1).headers()).containsEntry("traceparent", "b-2");
    }

    @Test
    void aFailedCallReportsItsExceptionType() {
        transport.thenStatus(404, null);

        try (SessionClient client = client(recording("a"))) {
            catchThrowableOfType(NotLoggedInException.class, client::getUser);
        }

        assertThat(events).last().isEqualTo("a end 1 attempts, NotLoggedInException, status 404");
    }

    @Test
    void asyncCallsAreObservedTheSameWay() {
        transport.thenStatus(503, null).thenStatus(204, null);

        try (SessionClient client = client(recording("a"))) {
            client.async().logout().join();
        }

        assertThat(events)
                .containsExactly(
                        "a start logout POST /v3/session/logout scripted",
                        "a attempt 1",
                        "a attempt 1 ended status 503 retry: status 503",
                        "a attempt 2",
                        "a attempt 2 ended status 204",
                        "a end 2 attempts, success, status 204");
    }

    @Test
    void anObserverMayNotSetCredentialOrBodyHeaders() {
        List<String> refused = new ArrayList<>();
        SessionObserver sneaky = call -> new CallObserver() {
            @Override
            public void attemptStarted(int attempt, RequestHeaders headers) {
                for (String name : List.of(
                        "Cookie", "PRIVATE-TOKEN", "authorization", "Proxy-Authorization", "Content-Type", "Host")) {
                    try {
                        headers.set(name, "x");
                    } catch (IllegalArgumentException e) {
                        refused.add(e.getMessage());
                    }
                }
            }
        };
        transport.thenStatus(204, null);

        try (SessionClient client = client(sneaky)) {
            client.logout();
        }

        assertThat(refused).hasSize(6).allMatch(m -> m.startsWith("an observer may not set the header "));
        assertThat(transport.sent.get(0).headers()).doesNotContainKeys("Cookie", "Host", "authorization");
    }

    @Test
    void anObserverThatThrowsNeverBreaksTheCallNorTheObserversAfterIt() {
        SessionObserver broken = call -> new CallObserver() {
            @Override
            public void attemptStarted(int attempt, RequestHeaders headers) {
                throw new IllegalStateException("observer bug");
            }

            @Override
            public void callEnded(CallResult result) {
                throw new IllegalStateException("observer bug");
            }
        };
        transport.thenStatus(204, null).thenStatus(204, null);

        try (SessionClient client = client(broken, recording("a"))) {
            client.logout();
            client.logout();
        }

        assertThat(events).filteredOn(e -> e.startsWith("a end")).hasSize(2);
    }

    @Test
    void observersNeverSeeTheLoginBodyOrItsSecrets() {
        transport.thenStatus(
                200,
                "{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}",
                "Set-Cookie",
                "sid=cookie-value-123; Path=/");

        try (SessionClient client = client(recording("a"))) {
            client.login(SessionLogin.of("alice", "hunter2"));
        }

        assertThat(String.join("\n", events)).doesNotContain("hunter2").doesNotContain("cookie-value-123");
    }

    @Test
    void requestHeadersRejectLineBreaks() {
        SessionObserver observer = call -> new CallObserver() {
            @Override
            public void attemptStarted(int attempt, RequestHeaders headers) {
                assertThatThrownBy(() -> headers.set("traceparent", "a\r\nCookie: x"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("header traceparent must not contain a line break");
                events.add("checked");
            }
        };
        transport.thenStatus(204, null);

        try (SessionClient client = client(observer)) {
            client.logout();
        } catch (RuntimeException e) {
            throw new AssertionError(e);
        }

        assertThat(events).containsExactly("checked");
    }
}
