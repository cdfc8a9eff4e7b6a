package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.CallResult;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionObserver;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.micrometer.SessionObservation;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.opentelemetry.SessionTelemetry;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.transport.jdk.JdkTransport;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The samples of observability.md, run against the fake server. */
class ObservabilityTest {
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .start();

    private final JdkTransport transport = JdkTransport.create();

    @AfterEach
    void stopServer() {
        transport.close();
        server.close();
    }

    // BEGIN: slow-call-observer
    static SessionObserver slowCalls(Duration threshold, Consumer<String> warn) {
        return call -> new CallObserver() {
            @Override
            public void callEnded(CallResult result) {
                if (result.duration().compareTo(threshold) > 0) {
                    warn.accept(call.operation() + " took " + result.duration().toMillis() + " ms over "
                            + result.attempts() + " attempt(s)");
                }
            }
        };
    }
    // END: slow-call-observer

    // BEGIN: micrometer-observer
    static SessionClient observedClient(
            URI baseUri, SessionTransport transport, ObservationRegistry observationRegistry) {
        return SessionClient.builder()
                .baseUri(baseUri)
                .transport(transport)
                .addObserver(SessionObservation.observer(observationRegistry))
                .build();
    }
    // END: micrometer-observer

    // BEGIN: opentelemetry-observer
    static SessionClient tracedClient(URI baseUri, SessionTransport transport, OpenTelemetry openTelemetry) {
        SessionTelemetry telemetry = SessionTelemetry.create(openTelemetry);
        return SessionClient.builder()
                .baseUri(baseUri)
                .transport(transport)
                .addObserver(telemetry.observer())
                .build();
    }
    // END: opentelemetry-observer

    @Test
    void theSlowCallObserverReportsCallsOverItsThreshold() {
        List<String> warnings = new ArrayList<>();
        try (SessionClient client = SessionClient.builder()
                .baseUri(server.baseUri())
                .transport(transport)
                .addObserver(slowCalls(Duration.ZERO, warnings::add))
                .build()) {
            client.login(SessionLogin.of("alice", "correct horse"));
        }

        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("login took ")
                .endsWith(" over 1 attempt(s)");
    }

    @Test
    void theMicrometerObserverRecordsACallAndItsAttempts() {
        List<String> stopped = new ArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context.getName() + " "
                        + context.getLowCardinalityKeyValue("status").getValue());
            }
        });
        server.enqueue("/v3/session/logout", FakeResponse.status(503));

        try (SessionClient client = observedClient(server.baseUri(), transport, registry)) {
            client.logout();
        }

        assertThat(stopped)
                .containsExactly("i3d.session.attempt 503", "i3d.session.attempt 204", "i3d.session.call 204");
    }

    @Test
    void theOpenTelemetryObserverTracesACallAndPropagatesItsContext() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        List<String> names;
        try (OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans))
                        .build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build()) {
            try (SessionClient client = tracedClient(server.baseUri(), transport, openTelemetry)) {
                client.logout();
            }
            // Read before the SDK closes: shutting the exporter down empties it.
            names = spans.getFinishedSpanItems().stream().map(SpanData::getName).collect(Collectors.toList());
        }

        assertThat(names).containsExactly("POST", "logout");
        assertThat(server.requests().get(0).header("traceparent")).isPresent();
    }
}
