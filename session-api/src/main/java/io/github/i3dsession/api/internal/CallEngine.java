package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.AlreadyLoggedInException;
import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.UnexpectedOtpException;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.ApiError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every attempt of every call shares, sync or async: building the request, storing cookies, mapping the
 * status, reading the body within its limit, deciding retries, wording exceptions without secrets.
 */
final class CallEngine {
    static final Logger LOG = LoggerFactory.getLogger(SessionClient.class);
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    final ClientConfig config;
    final SessionCookies cookies;
    final Clock clock;

    CallEngine(ClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.cookies = new SessionCookies(clock);
    }

    TransportRequest newRequest(Call<?> call, long timeoutNanos) {
        TransportRequest.Builder builder = TransportRequest.builder(call.operation, config.uri(call.operation))
                .header("Accept", "application/json")
                .timeout(Duration.ofNanos(timeoutNanos))
                .connectTimeout(config.connectTimeout)
                .maxResponseBytes(config.maxResponseBytes);
        if (call.body.length > 0) {
            builder.header("Content-Type", "application/json").body(call.body);
        }
        if (config.apiKey != null) {
            builder.header("PRIVATE-TOKEN", config.apiKey);
        }
        String cookieHeader = cookies.headerFor(config.uri(call.operation));
        if (cookieHeader != null) {
            builder.header("Cookie", cookieHeader);
        }
        builder.header("User-Agent", config.userAgent());
        TransportRequest request = builder.build();
        if (LOG.isTraceEnabled()) {
            StringBuilder line = new StringBuilder();
            request.headers()
                    .forEach((name, value) -> line.append(name)
                            .append(": ")
                            .append(LOGGABLE_HEADERS.contains(name) ? value : "<redacted>")
                            .append("; "));
            LOG.trace("{} request headers: {}", call.operation.operationId(), line);
        }
        return request;
    }

    /** Maps a response to the call's result or exception; an IOException means the body failed mid-read. */
    <T> T complete(Call<T> call, TransportRequest request, TransportResponse response) throws IOException {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw errorFor(call, status, response);
        }
        if (call.expectedType != null) {
            String contentType = response.firstHeader("Content-Type").orElse(null);
            if (contentType != null && !isJson(contentType)) {
                throw unexpected(
                        call,
                        status,
                        "expected an application/json " + call.expectedType + " body, got Content-Type "
                                + Redactor.mask(contentType, secrets(call)),
                        null);
            }
        }
        long declared = contentLength(response);
        if (declared > config.maxResponseBytes) {
            throw unexpected(
                    call,
                    status,
                    "response body of " + declared + " bytes exceeds the limit of " + config.maxResponseBytes
                            + " bytes",
                    null);
        }
        BoundedInputStream body = new BoundedInputStream(response.body(), config.maxResponseBytes);
        try {
            T result = call.reader.read(body);
            if (call.operation == SessionOperation.LOGOUT) {
                cookies.clear();
            }
            return result;
        } catch (BoundedInputStream.ResponseTooLargeException e) {
            throw unexpected(call, status, e.getMessage(), null);
        } catch (ResponseFormatException e) {
            throw unexpected(
                    call,
                    status,
                    "body is not a valid " + call.expectedType + ": " + Redactor.mask(e.getMessage(), secrets(call)),
                    null);
        }
    }

    /** The delay before retrying after a non-2xx response, or null to stop and report it. */
    Duration retryDelay(Call<?> call, TransportResponse response, int attempt, long deadlineNanos) {
        int status = response.statusCode();
        RetryPolicy policy = config.retryPolicy;
        boolean retryable = call.operation.isIdempotent()
                && (status == 502
                        || status == 503
                        || status == 504
                        || (status == 429 && policy.retryOnTooManyRequests()));
        if (!retryable || attempt >= policy.maxAttempts()) {
            return null;
        }
        Duration retryAfter =
                HttpDates.retryAfter(response.firstHeader("Retry-After").orElse(null), clock.instant());
        if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
            return null;
        }
        return fitsDeadline(retryAfter != null ? retryAfter : backoff(attempt), deadlineNanos);
    }

    /** The delay before retrying after no response arrived, or null to stop and report it. */
    Duration retryDelay(Call<?> call, Throwable failure, int attempt, long deadlineNanos) {
        if (attempt >= config.retryPolicy.maxAttempts()
                || Thread.currentThread().isInterrupted()
                || failure instanceof ResponseTooLargeException) {
            return null;
        }
        // Login and OTP may be re-sent only when the connection was refused: then nothing reached the server.
        if (!call.operation.isIdempotent() && !refusedBeforeSending(failure)) {
            return null;
        }
        return fitsDeadline(backoff(attempt), deadlineNanos);
    }

    private Duration backoff(int attempt) {
        RetryPolicy policy = config.retryPolicy;
        long cap =
                Math.min(policy.maxBackoff().toNanos(), policy.initialBackoff().toNanos() << Math.min(attempt - 1, 20));
        return Duration.ofNanos(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }

    private static Duration fitsDeadline(Duration delay, long deadlineNanos) {
        return System.nanoTime() + delay.toNanos() < deadlineNanos ? delay : null;
    }

    static boolean refusedBeforeSending(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    SessionException transportFailure(Call<?> call, TransportRequest request, Throwable failure, int attempt) {
        if (failure instanceof SessionException) {
            return (SessionException) failure;
        }
        if (failure instanceof ResponseTooLargeException) {
            // A buffering transport saw the whole response arrive too big: that is a response, not a failure.
            return unexpected(call, ((ResponseTooLargeException) failure).statusCode(), failure.getMessage(), null);
        }
        String what = failure instanceof InterruptedIOException
                        && Thread.currentThread().isInterrupted()
                ? "interrupted"
                : failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new TransportException(
                Redactor.mask(
                        call.operation.operationId() + " " + request.method() + " " + request.uri() + " failed after "
                                + attempt + attemptWord(attempt) + ": " + what,
                        secrets(call)),
                failure);
    }

    TransportException deadlineExceeded(Call<?> call, int attempts, Throwable last) {
        return new TransportException(
                call.operation.operationId() + " " + call.operation.method() + " "
                        + config.uri(call.operation) + " did not complete within the call timeout of "
                        + Duration.ofNanos(config.callTimeoutNanos) + " (" + attempts + attemptWord(attempts) + ")",
                last);
    }

    TransportException interrupted(Call<?> call, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new TransportException(
                call.operation.operationId() + " " + call.operation.method() + " " + config.uri(call.operation)
                        + " failed: interrupted while waiting to retry",
                e);
    }

    void logAttempt(Call<?> call, int attempt, long startNanos, TransportResponse response, Throwable failure) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        if (LOG.isTraceEnabled()) {
            traceHeaders(call, response);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        String outcome = response != null
                ? Integer.toString(response.statusCode())
                : failure == null ? "no response" : failure.getClass().getSimpleName();
        LOG.debug(
                "{} {} {} -> {} in {} ms (attempt {})",
                call.operation.operationId(),
                call.operation.method(),
                call.operation.path(),
                outcome,
                millis,
                attempt);
    }

    /**
     * Headers are logged by allow-list: a header not named here (Cookie, Set-Cookie, PRIVATE-TOKEN, anything new)
     * shows as its name only, so no secret can reach a log line whatever the server or a proxy adds.
     */
    private static final List<String> LOGGABLE_HEADERS =
            List.of("Accept", "Content-Type", "Content-Length", "Retry-After", "Date", "Server");

    private void traceHeaders(Call<?> call, TransportResponse response) {
        StringBuilder line = new StringBuilder();
        for (String name : LOGGABLE_HEADERS) {
            if (response != null) {
                for (String value : response.headers(name)) {
                    line.append(name).append(": ").append(value).append("; ");
                }
            }
        }
        if (response != null && !response.headers("Set-Cookie").isEmpty()) {
            line.append("Set-Cookie: <")
                    .append(response.headers("Set-Cookie").size())
                    .append(" redacted>");
        }
        LOG.trace("{} response headers: {}", call.operation.operationId(), line);
    }

    private SessionException errorFor(Call<?> call, int status, TransportResponse response) {
        byte[] body = readErrorBody(response);
        ApiError apiError = parseApiError(body);
        List<CharSequence> secrets = secrets(call);
        String detail = apiError != null
                ? "; errorCode " + apiError.errorCode() + ": " + apiError.errorMessage() + details(apiError)
                : snippetSuffix(body, secrets);
        SessionOperation op = call.operation;
        String prefix = op.operationId() + " failed: ";
        String suffix = " (HTTP " + status + ")";
        if (status == 401 && op == SessionOperation.LOGIN) {
            return new InvalidCredentialsException(
                    mask(prefix + "invalid credentials" + suffix + detail, secrets), status, apiError);
        }
        if (status == 401 && op == SessionOperation.PROVIDE_OTP) {
            return new InvalidOtpException(
                    mask(prefix + "invalid one-time password" + suffix + detail, secrets), status, apiError);
        }
        if (status == 404 && op == SessionOperation.GET_USER) {
            return new NotLoggedInException(
                    mask(prefix + "not logged in" + suffix + detail, secrets), status, apiError);
        }
        if (status == 404 && op == SessionOperation.PROVIDE_OTP) {
            return new UnexpectedOtpException(
                    mask(prefix + "no login is waiting for a one-time password" + suffix + detail, secrets),
                    status,
                    apiError);
        }
        if (status == 409 && op == SessionOperation.LOGIN) {
            return new AlreadyLoggedInException(
                    mask(prefix + "already logged in; log out first" + suffix + detail, secrets), status, apiError);
        }
        if (status == 429) {
            Duration retryAfter =
                    HttpDates.retryAfter(response.firstHeader("Retry-After").orElse(null), clock.instant());
            String wait = retryAfter == null ? "" : ", retry after " + retryAfter.getSeconds() + " s";
            return new TooManyRequestsException(
                    mask(prefix + "too many requests" + suffix + wait + detail, secrets), status, apiError, retryAfter);
        }
        if (status >= 500 && status < 600) {
            return new ServerErrorException(mask(prefix + "server error" + suffix + detail, secrets), status, apiError);
        }
        return new UnexpectedResponseException(
                mask(prefix + "unexpected status" + suffix + detail, secrets), status, apiError, null);
    }

    private UnexpectedResponseException unexpected(Call<?> call, int status, String what, Throwable cause) {
        return new UnexpectedResponseException(
                mask(
                        call.operation.operationId() + " failed: unexpected response (HTTP " + status + "): " + what,
                        secrets(call)),
                status,
                null,
                cause);
    }

    private byte[] readErrorBody(TransportResponse response) {
        int limit = (int) Math.min(ERROR_BODY_LIMIT, config.maxResponseBytes);
        byte[] buffer = new byte[Math.min(limit, 8192)];
        int size = 0;
        try {
            InputStream in = response.body();
            while (size < limit) {
                if (size == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, Math.min(limit, size * 2));
                }
                int n = in.read(buffer, size, buffer.length - size);
                if (n < 0) {
                    break;
                }
                size += n;
            }
        } catch (IOException e) {
            // The status already decides the exception; a broken error body only loses detail.
        }
        return java.util.Arrays.copyOf(buffer, size);
    }

    private static ApiError parseApiError(byte[] body) {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length || (body[i] != '{' && body[i] != '[')) {
            return null;
        }
        try {
            return SessionJson.readApiError(new ByteArrayInputStream(body));
        } catch (IOException | ResponseFormatException e) {
            return null;
        }
    }

    private static String details(ApiError apiError) {
        if (apiError.errors().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        apiError.errors().forEach(d -> parts.add(d.property() + ": " + d.message()));
        return " " + parts;
    }

    private static String snippetSuffix(byte[] body, List<CharSequence> secrets) {
        String snippet = Redactor.snippet(body, secrets);
        return snippet == null ? "" : "; body: \"" + snippet + "\"";
    }

    private List<CharSequence> secrets(Call<?> call) {
        List<CharSequence> secrets = new ArrayList<>(cookies.values());
        if (config.apiKey != null) {
            secrets.add(config.apiKey);
        }
        CharSequence secret = call.secret();
        if (secret != null) {
            secrets.add(secret);
        }
        return secrets;
    }

    private static String mask(String text, List<CharSequence> secrets) {
        return Redactor.mask(text, secrets);
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static long contentLength(TransportResponse response) {
        String value = response.firstHeader("Content-Length").orElse(null);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String attemptWord(int attempts) {
        return attempts == 1 ? " attempt" : " attempts";
    }
}
