package io.github.i3dsession.micrometer;

import static io.github.i3dsession.micrometer.KeyValueNames.ATTEMPT;
import static io.github.i3dsession.micrometer.KeyValueNames.ATTEMPT_NUMBER;
import static io.github.i3dsession.micrometer.KeyValueNames.AUTOMATIC;
import static io.github.i3dsession.micrometer.KeyValueNames.CALL;
import static io.github.i3dsession.micrometer.KeyValueNames.EXCEPTION;
import static io.github.i3dsession.micrometer.KeyValueNames.OPERATION;
import static io.github.i3dsession.micrometer.KeyValueNames.OUTCOME;
import static io.github.i3dsession.micrometer.KeyValueNames.STATUS;
import static io.github.i3dsession.micrometer.KeyValueNames.TRANSPORT;

import io.github.i3dsession.api.AttemptResult;
import io.github.i3dsession.api.CallInfo;
import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.CallResult;
import io.github.i3dsession.api.RequestHeaders;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.OptionalInt;

/**
 * The observations of one call. The call's observation starts at once, under the caller's current observation; each
 * attempt's is its explicit child, since async attempts run on other threads, where no scope of the call is open.
 * The client calls these methods one after another for a call, never at once.
 */
final class ObservedCall implements CallObserver {
    private final ObservationRegistry registry;
    private final CallInfo info;
    private final Observation call;
    private volatile Observation attempt;

    ObservedCall(ObservationRegistry registry, CallInfo info) {
        this.registry = registry;
        this.info = info;
        this.call = Observation.createNotStarted(CALL, registry)
                .contextualName(info.operation())
                .lowCardinalityKeyValue(OPERATION, info.operation())
                .lowCardinalityKeyValue(TRANSPORT, info.transport())
                .lowCardinalityKeyValue(AUTOMATIC, Boolean.toString(info.automatic()))
                .start();
    }

    @Override
    public void attemptStarted(int number, RequestHeaders headers) {
        AttemptContext context = new AttemptContext(headers);
        context.setRemoteServiceAddress(info.baseUri().toString());
        attempt = Observation.createNotStarted(ATTEMPT, () -> context, registry)
                .contextualName(info.operation() + " attempt")
                .parentObservation(call)
                .lowCardinalityKeyValue(OPERATION, info.operation())
                .lowCardinalityKeyValue(TRANSPORT, info.transport())
                .lowCardinalityKeyValue(ATTEMPT_NUMBER, Integer.toString(number))
                .start();
    }

    @Override
    public void attemptEnded(AttemptResult result) {
        Observation current = attempt;
        attempt = null;
        if (current != null) {
            ((AttemptContext) current.getContext()).setResponse(result);
            stop(current, result.statusCode(), result.failure().orElse(null));
        }
    }

    @Override
    public void callEnded(CallResult result) {
        Observation open = attempt;
        attempt = null;
        if (open != null) {
            // The call ended while an attempt was in flight (interrupted, or its deadline passed): it got no answer.
            stop(open, OptionalInt.empty(), result.exception().orElse(null));
        }
        stop(call, result.statusCode(), result.exception().orElse(null));
    }

    private static void stop(Observation observation, OptionalInt status, Class<? extends Throwable> failure) {
        observation
                .lowCardinalityKeyValue(OUTCOME, KeyValueNames.outcome(status))
                .lowCardinalityKeyValue(STATUS, KeyValueNames.status(status))
                .lowCardinalityKeyValue(EXCEPTION, KeyValueNames.exception(failure))
                .stop();
    }
}
