package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Turns the response an attempt ends with into the call's result: a non-2xx status into its exception (unless the
 * call is raw), then the body, checked for type and size while it streams, into the value.
 */
final class ResponseReader {
    private final ErrorMapper errors;
    private final long maxResponseBytes;

    ResponseReader(ErrorMapper errors, long maxResponseBytes) {
        this.errors = errors;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Reads the result.
     *
     * @param guard the attempt's guard, asked before every read of the body; null for none
     * @throws SessionException for a status or body the call cannot accept
     * @throws IOException when the body broke off while it was read
     */
    <T> T read(Call<T> call, TransportResponse response, AttemptGuard guard) throws IOException {
        int status = response.statusCode();
        if (!call.raw && (status < 200 || status >= 300)) {
            throw errors.forStatus(call, response);
        }
        if (call.expectedType != null) {
            String contentType = first(response, "Content-Type");
            if (contentType != null && !isJson(contentType)) {
                throw errors.notJson(call, status, contentType);
            }
        }
        long declared = contentLength(response);
        if (declared > maxResponseBytes) {
            throw errors.unexpected(
                    call,
                    status,
                    "response body of " + declared + " bytes exceeds the limit of " + maxResponseBytes + " bytes");
        }
        BoundedInputStream body = new BoundedInputStream(response.body(), maxResponseBytes, guard);
        try {
            return call.reader.read(response, body);
        } catch (BoundedInputStream.BodyLimitExceededException e) {
            throw errors.unexpected(call, status, e.getMessage());
        } catch (ResponseFormatException e) {
            // Our decoder's messages name the property path and type, never a value.
            throw errors.unexpected(call, status, "body is not a valid " + call.expectedType + ": " + e.getMessage());
        }
    }

    /** The header's first value, or null: {@code firstHeader} without its Optional, on every response. */
    private static String first(TransportResponse response, String name) {
        List<String> values = response.headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static long contentLength(TransportResponse response) {
        String value = first(response, "Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
