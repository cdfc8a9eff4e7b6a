package io.github.i3dsession.opentelemetry;

import io.github.i3dsession.api.SessionObserver;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.List;
import java.util.Objects;

/**
 * Traces the calls of a {@code SessionClient} with OpenTelemetry, following the HTTP client semantic conventions.
 *
 * <pre>{@code
 * SessionTelemetry telemetry = SessionTelemetry.create(openTelemetry);
 * SessionClient client = SessionClient.builder()
 *         .addObserver(telemetry.observer())
 *         .build();
 * }</pre>
 *
 * <p>Each call is an {@code INTERNAL} span named after its operation ({@code login}, {@code provideOtp},
 * {@code getUser}, {@code logout}, {@code send}), a child of the caller's current span; each attempt is a
 * {@code CLIENT} span under it, named after the HTTP method, with {@code http.request.method},
 * {@code server.address}, {@code server.port}, {@code url.full} (never a query), {@code http.response.status_code},
 * {@code http.request.resend_count} (from the second attempt on) and {@code error.type}. Each attempt carries its
 * own span's context to the server in the headers of the {@link OpenTelemetry#getPropagators() propagators} (W3C
 * {@code traceparent} by default), and its duration is recorded in the {@code http.client.request.duration}
 * histogram, in seconds.
 *
 * <p>Nothing recorded carries a body, a header value, a cookie, the API key, a password or an OTP: the observer
 * never sees them. Failures are named by type only, since their messages may quote the server.
 *
 * <p>Instances are immutable and thread-safe; one may observe several clients.
 */
public final class SessionTelemetry {
    /** The name of this instrumentation's tracer and meter. */
    static final String SCOPE = "io.github.i3dsession.opentelemetry";

    /** The semantic conventions' advice for {@code http.client.request.duration}, in seconds. */
    private static final List<Double> DURATION_BUCKETS =
            List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    private final Tracer tracer;
    private final DoubleHistogram duration;
    private final TextMapPropagator propagator;

    private SessionTelemetry(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(SCOPE);
        this.duration = openTelemetry
                .getMeter(SCOPE)
                .histogramBuilder("http.client.request.duration")
                .setUnit("s")
                .setDescription("Duration of HTTP client requests.")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
                .build();
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /**
     * Creates the telemetry of session clients on {@code openTelemetry}'s tracer, meter and propagators.
     *
     * @param openTelemetry the OpenTelemetry instance to record with, such as {@code GlobalOpenTelemetry.get()}
     * @return the telemetry
     * @throws NullPointerException if {@code openTelemetry} is null
     */
    public static SessionTelemetry create(OpenTelemetry openTelemetry) {
        return new SessionTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    /**
     * Returns the observer to add with {@code SessionClientBuilder.addObserver}.
     *
     * @return the observer, thread-safe
     */
    public SessionObserver observer() {
        return call -> new TracedCall(tracer, duration, propagator, call);
    }
}
