package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of calls: one DEBUG line per attempt (operation, method, path, status or failure type, time), and at TRACE
 * the request and response headers by allow-list. Nothing at INFO or above; never a body.
 */
final class AttemptLog {
    static final Logger LOG = LoggerFactory.getLogger(SessionClient.class);

    /**
     * Headers whose values may be logged: a header not named here (Cookie, Set-Cookie, PRIVATE-TOKEN, anything new)
     * shows as its name only, so no secret can reach a log line whatever the server or a proxy adds.
     */
    private static final List<String> LOGGABLE_HEADERS =
            List.of("Accept", "Content-Type", "Content-Length", "Retry-After", "Date", "Server", "User-Agent");

    private AttemptLog() {}

    static void request(Call<?> call, TransportRequest request) {
        if (!LOG.isTraceEnabled()) {
            return;
        }
        StringBuilder line = new StringBuilder();
        request.headers()
                .forEach((name, value) -> line.append(name)
                        .append(": ")
                        .append(isLoggable(name) ? value : "<redacted>")
                        .append("; "));
        LOG.trace("{} request headers: {}", call.name, line);
    }

    static void attempt(Call<?> call, int attempt, long startNanos, TransportResponse response, Throwable failure) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        if (response != null && LOG.isTraceEnabled()) {
            responseHeaders(call, response);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        String outcome = response != null
                ? Integer.toString(response.statusCode())
                : failure == null ? "no response" : failure.getClass().getSimpleName();
        LOG.debug(
                "{} {} {} -> {} in {} ms (attempt {})",
                call.name,
                call.method,
                call.pathTemplate,
                outcome,
                millis,
                attempt);
    }

    private static boolean isLoggable(String name) {
        for (String allowed : LOGGABLE_HEADERS) {
            if (allowed.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static void responseHeaders(Call<?> call, TransportResponse response) {
        StringBuilder line = new StringBuilder();
        for (String name : LOGGABLE_HEADERS) {
            for (String value : response.headers(name)) {
                line.append(name).append(": ").append(value).append("; ");
            }
        }
        List<String> setCookies = response.headers("Set-Cookie");
        if (!setCookies.isEmpty()) {
            line.append("Set-Cookie: <").append(setCookies.size()).append(" redacted>");
        }
        LOG.trace("{} response headers: {}", call.name, line);
    }
}
