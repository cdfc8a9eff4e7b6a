package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.AttemptResult;
import io.github.i3dsession.api.CallInfo;
import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.CallResult;
import io.github.i3dsession.api.RequestHeaders;
import io.github.i3dsession.api.SessionObserver;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a client's {@link SessionObserver}s about its calls, in the order they were added. An observer that throws is
 * logged once and then ignored for that failure: observation never breaks a call. With no observer, the call path
 * never reaches this class's allocating methods.
 */
final class Observers {
    private static final Logger LOG = LoggerFactory.getLogger(SessionObserver.class);
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<String> REFUSED =
            Set.of("cookie", "private-token", "authorization", "proxy-authorization", "host", "user-agent");

    private final SessionObserver[] observers;
    private final AtomicBoolean[] warned;

    Observers(List<SessionObserver> observers) {
        this.observers = observers.toArray(new SessionObserver[0]);
        this.warned = new AtomicBoolean[this.observers.length];
        for (int i = 0; i < warned.length; i++) {
            warned[i] = new AtomicBoolean();
        }
    }

    boolean isEmpty() {
        return observers.length == 0;
    }

    CallObserver[] callStarted(CallInfo info) {
        CallObserver[] calls = new CallObserver[observers.length];
        for (int i = 0; i < observers.length; i++) {
            CallObserver call = null;
            try {
                call = observers[i].callStarted(info);
            } catch (RuntimeException e) {
                failed(i, "callStarted", e);
            }
            calls[i] = call == null ? CallObserver.NONE : call;
        }
        return calls;
    }

    /** Asks each observer for headers; returns those to add, or null when none were set. */
    Map<String, String> attemptStarted(CallObserver[] calls, int attempt) {
        HeaderSink sink = new HeaderSink();
        for (int i = 0; i < calls.length; i++) {
            try {
                calls[i].attemptStarted(attempt, sink);
            } catch (RuntimeException e) {
                failed(i, "attemptStarted", e);
            }
        }
        return sink.headers;
    }

    void attemptEnded(CallObserver[] calls, AttemptResult result) {
        for (int i = 0; i < calls.length; i++) {
            try {
                calls[i].attemptEnded(result);
            } catch (RuntimeException e) {
                failed(i, "attemptEnded", e);
            }
        }
    }

    void callEnded(CallObserver[] calls, CallResult result) {
        for (int i = 0; i < calls.length; i++) {
            try {
                calls[i].callEnded(result);
            } catch (RuntimeException e) {
                failed(i, "callEnded", e);
            }
        }
    }

    static AttemptResult attemptResult(
            int attempt, int status, Throwable failure, long startNanos, long retryDelayNanos, String reason) {
        Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
        Duration delay = retryDelayNanos >= 0 ? Duration.ofNanos(retryDelayNanos) : null;
        String why = retryDelayNanos >= 0 ? reason : null;
        return failure == null
                ? AttemptResult.ofStatus(attempt, status, duration, delay, why)
                : AttemptResult.ofFailure(attempt, failure.getClass(), duration, delay, why);
    }

    private void failed(int index, String method, RuntimeException e) {
        if (warned[index].compareAndSet(false, true)) {
            // The exception's message is the observer's own text; its type and our words suffice to find it.
            LOG.warn(
                    "SessionObserver {} threw {} from {}; the call goes on, and later failures of it are not logged",
                    observers[index].getClass().getName(),
                    e.getClass().getName(),
                    method);
        }
    }

    /** The {@link RequestHeaders} of one attempt: refuses what carries credentials or describes the body. */
    private static final class HeaderSink implements RequestHeaders {
        Map<String, String> headers;

        @Override
        public void set(String name, String value) {
            if (name == null || value == null) {
                throw new NullPointerException(name == null ? "name" : "value");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("header name is not a valid token: " + name);
            }
            if (REFUSED.contains(lower) || lower.startsWith("content-")) {
                throw new IllegalArgumentException("an observer may not set the header " + name);
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + name + " must not contain a line break");
            }
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
        }
    }
}
