package io.github.i3dsession.opentelemetry;

import io.github.i3dsession.api.AttemptResult;
import io.github.i3dsession.api.CallInfo;
import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.CallResult;
import io.github.i3dsession.api.RequestHeaders;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.OptionalInt;

/**
 * The spans of one call. The call's span starts at once, under the caller's current context, which is kept: each
 * attempt's span is its explicit child, since async attempts run on other threads where that context is not
 * current. The client calls these methods one after another for a call, never at once.
 */
final class TracedCall implements CallObserver {
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("i3d.session.operation");
    static final AttributeKey<String> TRANSPORT = AttributeKey.stringKey("i3d.session.transport");
    static final AttributeKey<Boolean> AUTOMATIC = AttributeKey.booleanKey("i3d.session.automatic");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("i3d.session.attempts");

    private static final TextMapSetter<RequestHeaders> SETTER = (headers, name, value) -> headers.set(name, value);

    private final Tracer tracer;
    private final DoubleHistogram duration;
    private final TextMapPropagator propagator;
    private final HttpAttributes http;
    private final Context callContext;
    private final Span call;
    private volatile Span attempt;

    TracedCall(Tracer tracer, DoubleHistogram duration, TextMapPropagator propagator, CallInfo info) {
        this.tracer = tracer;
        this.duration = duration;
        this.propagator = propagator;
        this.http = new HttpAttributes(info.method(), info.baseUri(), info.pathTemplate());
        Context parent = Context.current();
        this.call = tracer.spanBuilder(info.operation())
                .setParent(parent)
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute(OPERATION, info.operation())
                .setAttribute(TRANSPORT, info.transport())
                .setAttribute(AUTOMATIC, info.automatic())
                .startSpan();
        this.callContext = parent.with(call);
    }

    @Override
    public void attemptStarted(int number, RequestHeaders headers) {
        Span span = tracer.spanBuilder(http.spanName)
                .setParent(callContext)
                .setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(http.common)
                .setAllAttributes(http.spanOnly)
                .startSpan();
        if (number > 1) {
            span.setAttribute(HttpAttributes.RESEND_COUNT, number - 1L);
        }
        attempt = span;
        propagator.inject(callContext.with(span), headers, SETTER);
    }

    @Override
    public void attemptEnded(AttemptResult result) {
        Span span = attempt;
        attempt = null;
        if (span == null) {
            return;
        }
        String errorType = errorType(result.statusCode(), result.failure().orElse(null));
        AttributesBuilder measured = http.common.toBuilder();
        result.statusCode().ifPresent(status -> {
            span.setAttribute(HttpAttributes.STATUS_CODE, status);
            measured.put(HttpAttributes.STATUS_CODE, status);
        });
        if (errorType != null) {
            measured.put(HttpAttributes.ERROR_TYPE, errorType);
        }
        end(span, errorType);
        duration.record(result.duration().toNanos() / 1e9, measured.build(), callContext.with(span));
    }

    @Override
    public void callEnded(CallResult result) {
        Span open = attempt;
        attempt = null;
        if (open != null) {
            // The call ended while an attempt was in flight (interrupted, or its deadline passed): no answer came.
            end(open, result.exception().map(Class::getName).orElse(HttpAttributes.OTHER_ERROR));
        }
        call.setAttribute(ATTEMPTS, (long) result.attempts());
        end(call, result.exception().map(Class::getName).orElse(null));
    }

    /** The conventions' error.type: the status for 4xx and 5xx, else the failure's class name, else none. */
    static String errorType(OptionalInt status, Class<? extends Throwable> failure) {
        if (status.isPresent() && status.getAsInt() >= 400) {
            return Integer.toString(status.getAsInt());
        }
        return failure == null ? null : failure.getName();
    }

    private static void end(Span span, String errorType) {
        if (errorType != null) {
            span.setAttribute(HttpAttributes.ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
