package io.github.i3dsession.micrometer;

import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.SessionObserver;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Records the calls of a {@code SessionClient} as Micrometer observations: one {@code i3d.session.call} per call and,
 * as its children, one {@code i3d.session.attempt} per attempt sent, so a retried call is one call with several
 * attempts. Whatever the registry's handlers make of them (timers through a {@code MeterRegistry}, spans through
 * Micrometer Tracing, whose propagating handler adds the trace headers to each attempt) follows from there.
 *
 * <pre>{@code
 * SessionClient client = SessionClient.builder()
 *         .addObserver(SessionObservation.observer(observationRegistry))
 *         .build();
 * }</pre>
 *
 * <p>Low-cardinality key values, on both observations unless said otherwise:
 *
 * <ul>
 *   <li>{@code operation}: {@code login}, {@code provideOtp}, {@code getUser}, {@code logout} or {@code send};
 *   <li>{@code transport}: the transport's name, such as {@code jdk};
 *   <li>{@code outcome}: {@code SUCCESS} (2xx), {@code CLIENT_ERROR} (4xx), {@code SERVER_ERROR} (5xx),
 *       {@code INFORMATIONAL} (1xx), {@code REDIRECTION} (3xx), or {@code UNKNOWN} when no response arrived; for a
 *       call, that of its last response;
 *   <li>{@code status}: the status code, or {@code NONE} when no response arrived;
 *   <li>{@code exception}: the simple class name of the attempt's failure or of the exception the call threw, or
 *       {@code none};
 *   <li>{@code automatic} (calls): {@code true} for a login, and its OTP step, that the client made by itself
 *       (automatic login), else {@code false};
 *   <li>{@code attempt} (attempts): the attempt number, {@code 1} for the first.
 * </ul>
 *
 * <p>No observation carries a body, a header value, a cookie, the API key, a password or an OTP: the observer never
 * sees them. Exceptions are named by type only, since their messages may quote the server.
 */
public final class SessionObservation {
    private SessionObservation() {}

    /**
     * Returns an observer that records each call and attempt in {@code registry}. Add it with
     * {@code SessionClientBuilder.addObserver}; one observer may serve several clients.
     *
     * @param registry where observations go; with a no-op registry nothing is recorded
     * @return the observer, thread-safe
     * @throws NullPointerException if {@code registry} is null
     */
    public static SessionObserver observer(ObservationRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return call -> registry.isNoop() ? CallObserver.NONE : new ObservedCall(registry, call);
    }
}
