package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.AlreadyLoggedInException;
import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.UnexpectedOtpException;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.api.spi.ResponseTooLargeException;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.ApiError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns what went wrong into the documented exception, with a message a person can act on. Our own words (the
 * operation, method, path, status, attempt count) never hold a secret; text that came from the server (the error
 * document, a body excerpt, a header value) or from a library (a failure's message) is masked by {@link Redactor}
 * before it is added.
 */
final class ErrorMapper {
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final ClientConfig config;
    private final SessionCookies cookies;
    private final Clock clock;

    ErrorMapper(ClientConfig config, SessionCookies cookies, Clock clock) {
        this.config = config;
        this.cookies = cookies;
        this.clock = clock;
    }

    /** The exception for a non-2xx status, as the API's documentation lists them per operation. */
    SessionException forStatus(Call<?> call, TransportResponse response) {
        int status = response.statusCode();
        byte[] body = readErrorBody(response);
        ApiError apiError = parseApiError(body);
        List<CharSequence> secrets = secrets(call);
        String detail = apiError != null ? apiErrorDetail(apiError, secrets) : snippetSuffix(body, secrets);
        SessionOperation op = call.operation;
        String prefix = call.name + " failed: ";
        String suffix = " (HTTP " + status + ")";
        if (status == 401 && op == SessionOperation.LOGIN) {
            return new InvalidCredentialsException(prefix + "invalid credentials" + suffix + detail, status, apiError);
        }
        if (status == 401 && op == SessionOperation.PROVIDE_OTP) {
            return new InvalidOtpException(prefix + "invalid one-time password" + suffix + detail, status, apiError);
        }
        if (status == 404 && op == SessionOperation.GET_USER) {
            return new NotLoggedInException(prefix + "not logged in" + suffix + detail, status, apiError);
        }
        if (status == 404 && op == SessionOperation.PROVIDE_OTP) {
            return new UnexpectedOtpException(
                    prefix + "no login is waiting for a one-time password" + suffix + detail, status, apiError);
        }
        if (status == 409 && op == SessionOperation.LOGIN) {
            return new AlreadyLoggedInException(
                    prefix + "already logged in; log out first" + suffix + detail, status, apiError);
        }
        if (status == 429) {
            Duration retryAfter =
                    HttpDates.retryAfter(response.firstHeader("Retry-After").orElse(null), clock.instant());
            String wait = retryAfter == null ? "" : ", retry after " + retryAfter.getSeconds() + " s";
            return new TooManyRequestsException(
                    prefix + "too many requests" + suffix + wait + detail, status, apiError, retryAfter);
        }
        if (status >= 500 && status < 600) {
            return new ServerErrorException(prefix + "server error" + suffix + detail, status, apiError);
        }
        return new UnexpectedResponseException(prefix + "unexpected status" + suffix + detail, status, apiError, null);
    }

    /** A 2xx response the client cannot use; {@code what} is in our own words. */
    UnexpectedResponseException unexpected(Call<?> call, int status, String what) {
        return new UnexpectedResponseException(
                call.name + " failed: unexpected response (HTTP " + status + "): " + what, status, null, null);
    }

    /** A 2xx response whose Content-Type is not JSON; the type came from the server. */
    UnexpectedResponseException notJson(Call<?> call, int status, String contentType) {
        return unexpected(
                call,
                status,
                "expected an application/json " + call.expectedType + " body, got Content-Type "
                        + Redactor.maskServerText(contentType, secrets(call)));
    }

    /** No response arrived (or its body broke off) and the call does not retry. */
    SessionException forFailure(Call<?> call, Throwable failure, int attempts) {
        if (failure instanceof ResponseTooLargeException) {
            // A buffering transport saw the whole response arrive too big: that is a response, not a failure.
            return unexpected(call, ((ResponseTooLargeException) failure).statusCode(), failure.getMessage());
        }
        String what;
        if (failure instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
            what = "interrupted";
        } else {
            String message = failure.getMessage();
            what = failure.getClass().getSimpleName()
                    + (message == null ? "" : ": " + Redactor.maskServerText(message, secrets(call)));
        }
        return new TransportException(
                where(call) + " failed after " + attempts + attemptWord(attempts) + ": " + what, failure);
    }

    TransportException deadlineExceeded(Call<?> call, int attempts, Throwable last) {
        return new TransportException(
                where(call) + " did not complete within the call timeout of "
                        + Duration.ofNanos(config.callTimeoutNanos) + " (" + attempts + attemptWord(attempts) + ")",
                last);
    }

    TransportException closed(Call<?> call, int attempts, Throwable cause) {
        return new TransportException(
                where(call) + " failed: the SessionClient was closed (" + attempts + attemptWord(attempts) + ")",
                cause);
    }

    TransportException interrupted(Call<?> call, int attempts, Throwable cause) {
        return new TransportException(
                where(call) + " failed: interrupted (" + attempts + attemptWord(attempts) + ")", cause);
    }

    TransportException interrupted(Call<?> call, InterruptedException e) {
        return new TransportException(where(call) + " failed: interrupted while waiting to retry", e);
    }

    /** The operation, method and URI without query: a query may hold values of the caller's. */
    private String where(Call<?> call) {
        return call.name + " " + call.method + " " + config.baseUri + call.pathTemplate;
    }

    private byte[] readErrorBody(TransportResponse response) {
        int limit = (int) Math.min(ERROR_BODY_LIMIT, config.maxResponseBytes);
        byte[] buffer = new byte[Math.min(limit, 8192)];
        int size = 0;
        try {
            InputStream in = response.body();
            while (size < limit) {
                if (size == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(limit, size * 2));
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
        return Arrays.copyOf(buffer, size);
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

    private static String apiErrorDetail(ApiError apiError, List<CharSequence> secrets) {
        StringBuilder detail = new StringBuilder("; errorCode ")
                .append(apiError.errorCode())
                .append(": ")
                .append(Redactor.maskServerText(apiError.errorMessage(), secrets));
        if (!apiError.errors().isEmpty()) {
            List<String> parts = new ArrayList<>();
            apiError.errors().forEach(d -> parts.add(d.property() + ": " + d.message()));
            detail.append(' ').append(Redactor.maskServerText(parts.toString(), secrets));
        }
        return detail.toString();
    }

    private static String snippetSuffix(byte[] body, List<CharSequence> secrets) {
        String snippet = Redactor.snippet(body, secrets);
        return snippet == null ? "" : "; body: \"" + snippet + "\"";
    }

    /** What must never be shown even when the server echoes it: cookie values, the API key, the call's secret. */
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

    private static String attemptWord(int attempts) {
        return attempts == 1 ? " attempt" : " attempts";
    }
}
