package io.github.i3dsession.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spans, propagated headers and durations of real calls over the JDK transport against a fake server. */
class SessionTelemetryTest {
    private static final String PASSWORD = "correct horse battery";
    /** RFC 6238's test secret, "12345678901234567890", in base32. */
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final Telemetry telemetry = new Telemetry();
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", PASSWORD))
            .user(FakeUser.withTotp("robot", PASSWORD, "12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
            .start();

    @AfterEach
    void stop() {
        server.close();
        telemetry.close();
    }

    private SessionClientBuilder builder() {
        return SessionClient.builder()
                .baseUri(server.baseUri())
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(2))
                        .build())
                .addObserver(SessionTelemetry.create(telemetry.sdk).observer());
    }

    @Test
    void aGetUserRetriedAfter503IsOneCallSpanWithTwoClientSpans() {
        try (SessionClient client = builder().build()) {
            client.login(SessionLogin.of("alice", PASSWORD));
            telemetry.spans.reset();
            server.clearRequests();
            server.enqueue("/v3/session/user", FakeResponse.status(503));

            client.getUser();
        }

        SpanData call = only("getUser");
        List<SpanData> attempts = telemetry.named("GET");
        assertThat(attempts).hasSize(2);
        int port = server.baseUri().getPort();
        String url = "http://127.0.0.1:" + port + "/v3/session/user";
        assertThat(call)
                .hasKind(SpanKind.INTERNAL)
                .hasNoParent()
                .hasAttributesSatisfyingExactly(
                        equalTo(stringKey("i3d.session.operation"), "getUser"),
                        equalTo(stringKey("i3d.session.transport"), "jdk"),
                        equalTo(booleanKey("i3d.session.automatic"), false),
                        equalTo(longKey("i3d.session.attempts"), 2L))
                .hasStatus(StatusData.unset());
        assertThat(attempts.get(0))
                .hasKind(SpanKind.CLIENT)
                .hasParent(call)
                .hasStatus(StatusData.error())
                .hasAttributesSatisfyingExactly(
                        equalTo(stringKey("http.request.method"), "GET"),
                        equalTo(stringKey("server.address"), "127.0.0.1"),
                        equalTo(longKey("server.port"), (long) port),
                        equalTo(stringKey("url.full"), url),
                        equalTo(longKey("http.response.status_code"), 503L),
                        equalTo(stringKey("error.type"), "503"));
        assertThat(attempts.get(1))
                .hasKind(SpanKind.CLIENT)
                .hasParent(call)
                .hasAttributesSatisfyingExactly(
                        equalTo(stringKey("http.request.method"), "GET"),
                        equalTo(stringKey("server.address"), "127.0.0.1"),
                        equalTo(longKey("server.port"), (long) port),
                        equalTo(stringKey("url.full"), url),
                        equalTo(longKey("http.response.status_code"), 200L),
                        equalTo(longKey("http.request.resend_count"), 1L));
        assertThat(traceparents("/v3/session/user"))
                .containsExactly(traceparent(attempts.get(0)), traceparent(attempts.get(1)));
    }

    @Test
    void eachAttemptRecordsItsDurationWithTheConventionsAttributes() {
        try (SessionClient client = builder().build()) {
            client.login(SessionLogin.of("alice", PASSWORD));
            server.enqueue("/v3/session/user", FakeResponse.status(503));
            client.getUser();
        }

        MetricData metric = telemetry.metrics.collectAllMetrics().stream()
                .filter(m -> m.getName().equals("http.client.request.duration"))
                .findFirst()
                .orElseThrow();
        assertThat(metric.getUnit()).isEqualTo("s");
        assertThat(metric.getInstrumentationScopeInfo().getName()).isEqualTo("io.github.i3dsession.opentelemetry");
        List<String> points = metric.getHistogramData().getPoints().stream()
                .map(p -> p.getAttributes().asMap().entrySet().stream()
                                .map(e -> e.getKey().getKey() + "=" + e.getValue())
                                .sorted()
                                .collect(Collectors.joining(","))
                        + " count=" + p.getCount())
                .sorted()
                .collect(Collectors.toList());
        int port = server.baseUri().getPort();
        assertThat(points)
                .containsExactly(
                        "error.type=503,http.request.method=GET,http.response.status_code=503,server.address=127.0.0.1,"
                                + "server.port=" + port + " count=1",
                        "http.request.method=GET,http.response.status_code=200,server.address=127.0.0.1,server.port="
                                + port + " count=1",
                        "http.request.method=POST,http.response.status_code=200,server.address=127.0.0.1,server.port="
                                + port + " count=1");
        HistogramPointData point =
                metric.getHistogramData().getPoints().iterator().next();
        assertThat(point.getBoundaries()).startsWith(0.005, 0.01).endsWith(10.0);
    }

    @Test
    void aCallIsAChildOfTheCallersCurrentSpan() {
        Span parent =
                telemetry.sdk.getTracer("test").spanBuilder("application work").startSpan();
        try (SessionClient client = builder().build()) {
            Context.current().with(parent).wrap(client::logout).run();
        } finally {
            parent.end();
        }

        assertThat(only("logout")).hasParent(only("application work"));
    }

    @Test
    void aFailedCallIsAnErrorNamingItsExceptionType() {
        try (SessionClient client = builder().build()) {
            assertThatThrownBy(client::getUser).isInstanceOf(NotLoggedInException.class);
        }

        assertThat(only("getUser"))
                .hasStatus(StatusData.error())
                .hasAttribute(stringKey("error.type"), NotLoggedInException.class.getName());
        assertThat(only("GET"))
                .hasAttribute(longKey("http.response.status_code"), 404L)
                .hasAttribute(stringKey("error.type"), "404");
    }

    @Test
    void anAttemptWithoutResponseNamesTheFailuresClass() {
        URI gone = server.baseUri();
        server.close();
        try (SessionClient client = builder().baseUri(gone).build()) {
            assertThatThrownBy(client::logout).isInstanceOf(TransportException.class);
        }

        List<SpanData> attempts = telemetry.named("POST");
        assertThat(attempts)
                .isNotEmpty()
                .allSatisfy(attempt -> assertThat(attempt)
                        .hasStatus(StatusData.error())
                        .hasAttribute(stringKey("error.type"), "java.net.ConnectException"));
        assertThat(attempts.get(0).getAttributes().get(longKey("http.response.status_code")))
                .isNull();
    }

    @Test
    void anAutomaticLoginIsTracedAsAutomaticCallSpans() {
        try (SessionClient client = builder()
                .autoLogin(() -> SessionLogin.of("robot", PASSWORD), Totp.fromBase32(TOTP_SECRET))
                .build()) {
            client.getUser();
            server.expireSessions();
            telemetry.spans.reset();

            client.getUser();
        }

        assertThat(telemetry.finished().stream()
                        .filter(s -> s.getKind() == SpanKind.INTERNAL)
                        .map(s -> s.getName() + " automatic="
                                + s.getAttributes().get(booleanKey("i3d.session.automatic")))
                        .collect(Collectors.toList()))
                .containsExactly(
                        "getUser automatic=false",
                        "login automatic=true",
                        "provideOtp automatic=true",
                        "getUser automatic=false");
    }

    @Test
    void asyncAttemptsAreChildrenOfTheirCallAndCarryTheirOwnTraceparent() {
        try (SessionClient client = builder().build()) {
            client.async().login(SessionLogin.of("alice", PASSWORD)).join();
            server.clearRequests();
            telemetry.spans.reset();
            server.enqueue("/v3/session/user", FakeResponse.status(503));

            client.async().getUser().join();
        }

        List<SpanData> attempts = telemetry.named("GET");
        assertThat(attempts).hasSize(2).allSatisfy(a -> assertThat(a).hasParent(only("getUser")));
        assertThat(traceparents("/v3/session/user"))
                .containsExactly(traceparent(attempts.get(0)), traceparent(attempts.get(1)));
    }

    @Test
    void createRejectsNull() {
        assertThatThrownBy(() -> SessionTelemetry.create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("openTelemetry");
    }

    private SpanData only(String name) {
        List<SpanData> found = telemetry.named(name);
        assertThat(found).as("spans named %s", name).hasSize(1);
        return found.get(0);
    }

    private List<String> traceparents(String path) {
        return server.requests().stream()
                .filter(r -> r.path().equals(path))
                .map(RecordedRequest::headers)
                .map(h -> h.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase("traceparent"))
                        .flatMap(e -> e.getValue().stream())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.toList());
    }

    private static String traceparent(SpanData span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getSpanContext().getTraceFlags().asHex();
    }
}
