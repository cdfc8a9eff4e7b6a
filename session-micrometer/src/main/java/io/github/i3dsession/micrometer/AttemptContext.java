package io.github.i3dsession.micrometer;

import io.github.i3dsession.api.AttemptResult;
import io.github.i3dsession.api.RequestHeaders;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.RequestReplySenderContext;

/**
 * The context of one attempt: a client-side request whose carrier is the attempt's {@link RequestHeaders}, so that a
 * propagating handler (Micrometer Tracing's) can add its trace headers while the attempt starts.
 */
final class AttemptContext extends RequestReplySenderContext<RequestHeaders, AttemptResult> {
    AttemptContext(RequestHeaders headers) {
        super(RequestHeaders::set, Kind.CLIENT);
        setCarrier(headers);
    }
}
