package io.github.i3dsession.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observations of real calls over the JDK transport against a {@link FakeSessionServer}. */
class SessionObservationTest {
    private static final String PASSWORD = "correct horse battery";
    /** RFC 6238's test secret, "12345678901234567890", in base32. */
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final StoppedObservations stopped = new StoppedObservations();
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", PASSWORD))
            .user(FakeUser.withTotp("robot", PASSWORD, "12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
            .start();

    @BeforeEach
    void recordStoppedObservations() {
        registry.observationConfig().observationHandler(stopped);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SessionClientBuilder builder() {
        return SessionClient.builder()
                .baseUri(server.baseUri())
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(2))
                        .build())
                .addObserver(SessionObservation.observer(registry));
    }

    @Test
    void aGetUserRetriedAfter503IsOneCallWithTwoAttempts() {
        try (SessionClient client = builder().build()) {
            client.login(SessionLogin.of("alice", PASSWORD));
            registry.clear();
            stopped.clear();
            server.enqueue("/v3/session/user", FakeResponse.status(503));

            client.getUser();
        }

        assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo("i3d.session.call", 1)
                .hasNumberOfObservationsWithNameEqualTo("i3d.session.attempt", 2)
                .hasObservationWithNameEqualTo("i3d.session.call")
                .that()
                .hasContextualNameEqualTo("getUser")
                .hasLowCardinalityKeyValue("operation", "getUser")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("status", "200")
                .hasLowCardinalityKeyValue("exception", "none")
                .hasLowCardinalityKeyValue("transport", "jdk")
                .hasLowCardinalityKeyValue("automatic", "false")
                .hasBeenStopped();
        assertThat(attempts())
                .extracting(c -> c.getLowCardinalityKeyValue("attempt").getValue()
                        + " " + c.getLowCardinalityKeyValue("operation").getValue()
                        + " " + c.getLowCardinalityKeyValue("outcome").getValue()
                        + " " + c.getLowCardinalityKeyValue("status").getValue()
                        + " " + c.getLowCardinalityKeyValue("exception").getValue()
                        + " " + c.getLowCardinalityKeyValue("transport").getValue())
                .containsExactly("1 getUser SERVER_ERROR 503 none jdk", "2 getUser SUCCESS 200 none jdk");
        Observation.Context call = only("i3d.session.call");
        assertThat(attempts())
                .allSatisfy(attempt -> assertThat(attempt.getParentObservation().getContextView())
                        .isSameAs(call));
    }

    @Test
    void aFailedCallNamesItsExceptionAndOutcome() {
        try (SessionClient client = builder().build()) {
            assertThatThrownBy(client::getUser).isInstanceOf(NotLoggedInException.class);
        }

        assertThat(registry)
                .hasObservationWithNameEqualTo("i3d.session.call")
                .that()
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("status", "404")
                .hasLowCardinalityKeyValue("exception", "NotLoggedInException");
        assertThat(registry)
                .hasObservationWithNameEqualTo("i3d.session.attempt")
                .that()
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("exception", "none");
    }

    @Test
    void anAttemptWithoutResponseIsUnknownWithTheFailureType() {
        server.close();
        try (SessionClient client = builder().build()) {
            assertThatThrownBy(client::logout).isInstanceOf(RuntimeException.class);
        }

        assertThat(registry)
                .hasObservationWithNameEqualTo("i3d.session.attempt")
                .that()
                .hasLowCardinalityKeyValue("attempt", "1")
                .hasLowCardinalityKeyValue("outcome", "UNKNOWN")
                .hasLowCardinalityKeyValue("status", "NONE")
                .hasLowCardinalityKeyValue("exception", "ConnectException");
        assertThat(registry)
                .hasObservationWithNameEqualTo("i3d.session.call")
                .that()
                .hasLowCardinalityKeyValue("outcome", "UNKNOWN")
                .hasLowCardinalityKeyValue("exception", "TransportException");
    }

    @Test
    void anAutomaticLoginIsObservedAsAutomaticCalls() {
        try (SessionClient client = builder()
                .autoLogin(() -> SessionLogin.of("robot", PASSWORD), Totp.fromBase32(TOTP_SECRET))
                .build()) {
            client.getUser();
            server.expireSessions();
            registry.clear();
            stopped.clear();

            client.getUser();
        }

        assertThat(server.loginCount()).isEqualTo(2);
        assertThat(calls())
                .extracting(c -> c.getLowCardinalityKeyValue("operation").getValue()
                        + " automatic="
                        + c.getLowCardinalityKeyValue("automatic").getValue()
                        + " " + c.getLowCardinalityKeyValue("outcome").getValue())
                .containsExactlyInAnyOrder(
                        "getUser automatic=false CLIENT_ERROR",
                        "login automatic=true SUCCESS",
                        "provideOtp automatic=true SUCCESS",
                        "getUser automatic=false SUCCESS");
    }

    @Test
    void anApplicationsOwnLoginIsNotAutomatic() {
        try (SessionClient client = builder().build()) {
            assertThatThrownBy(() -> client.login(SessionLogin.of("alice", "wrong")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThat(registry)
                .hasObservationWithNameEqualTo("i3d.session.call")
                .that()
                .hasLowCardinalityKeyValue("operation", "login")
                .hasLowCardinalityKeyValue("automatic", "false")
                .hasLowCardinalityKeyValue("exception", "InvalidCredentialsException");
    }

    @Test
    void asyncCallsAreObservedLikeSyncOnes() {
        try (SessionClient client = builder().build()) {
            client.async().login(SessionLogin.of("alice", PASSWORD)).join();
            server.enqueue("/v3/session/user", FakeResponse.status(503));
            client.async().getUser().join();
        }

        assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo("i3d.session.call", 2)
                .hasNumberOfObservationsWithNameEqualTo("i3d.session.attempt", 3);
        assertThat(attempts())
                .extracting(c -> c.getLowCardinalityKeyValue("operation").getValue() + " "
                        + c.getLowCardinalityKeyValue("attempt").getValue() + " "
                        + c.getLowCardinalityKeyValue("status").getValue())
                .containsExactly("login 1 200", "getUser 1 503", "getUser 2 200");
        assertThat(attempts())
                .allSatisfy(attempt -> assertThat(
                                attempt.getParentObservation().getContextView().getName())
                        .isEqualTo("i3d.session.call"));
    }

    @Test
    void aCallUnderAnOpenObservationIsItsChild() {
        Observation parent = Observation.start("application.work", registry);
        try (SessionClient client = builder().build()) {
            parent.scoped(client::logout);
        }
        parent.stop();

        assertThat(only("i3d.session.call").getParentObservation()).isSameAs(parent);
    }

    @Test
    void aPropagatingHandlerWritesItsHeaderIntoEachAttempt() {
        // What Micrometer Tracing's PropagatingSenderTracingObservationHandler does, with a value per attempt.
        registry.observationConfig().observationHandler(new ObservationHandler<SenderContext<Object>>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof SenderContext;
            }

            @Override
            public void onStart(SenderContext<Object> context) {
                context.getSetter()
                        .set(
                                context.getCarrier(),
                                "traceparent",
                                "attempt-"
                                        + context.getLowCardinalityKeyValue("attempt")
                                                .getValue());
            }
        });
        server.enqueue("/v3/session/logout", FakeResponse.status(503));

        try (SessionClient client = builder().build()) {
            client.logout();
        }

        assertThat(server.requests())
                .extracting(r -> r.header("traceparent").orElse("none"))
                .containsExactly("attempt-1", "attempt-2");
    }

    @Test
    void aNoopRegistryRecordsNothingAndCallsStillWork() {
        try (SessionClient client = SessionClient.builder()
                .baseUri(server.baseUri())
                .addObserver(SessionObservation.observer(ObservationRegistry.NOOP))
                .build()) {
            client.logout();
        }

        assertThat(server.requestCount("POST", "/v3/session/logout")).isEqualTo(1);
    }

    @Test
    void observerRejectsANullRegistry() {
        assertThatThrownBy(() -> SessionObservation.observer(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("registry");
    }

    private List<Observation.Context> calls() {
        return contexts("i3d.session.call");
    }

    private List<Observation.Context> attempts() {
        return contexts("i3d.session.attempt");
    }

    private Observation.Context only(String name) {
        List<Observation.Context> found = contexts(name);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Observation.Context> contexts(String name) {
        return stopped.named(name);
    }
}
