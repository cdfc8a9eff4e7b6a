package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.spi.SessionOperation;
import java.io.IOException;
import java.util.Arrays;

/**
 * One client call: the operation, its encoded body and how a 2xx body becomes the result. Holds the body (which
 * can contain a password or OTP) until {@link #clear()} zeroes it after the last attempt.
 */
final class Call<T> {
    /** Turns a 2xx response body into the call's result. */
    interface SuccessReader<T> {
        T read(BoundedInputStream body) throws IOException, ResponseFormatException;
    }

    private static final byte[] NO_BODY = new byte[0];

    final SessionOperation operation;
    final byte[] body;
    final SuccessReader<T> reader;
    /** The JSON type the 2xx body must hold, or null when the body is ignored. */
    final String expectedType;
    /** A copy of the password or OTP, for redacting messages; zeroed by {@link #clear()}. */
    private final char[] secret;

    private Call(SessionOperation operation, byte[] body, String expectedType, SuccessReader<T> reader, char[] secret) {
        this.operation = operation;
        this.body = body;
        this.expectedType = expectedType;
        this.reader = reader;
        this.secret = secret;
    }

    static <T> Call<T> withJson(
            SessionOperation operation, byte[] body, String expectedType, SuccessReader<T> reader, char[] secret) {
        return new Call<>(operation, body == null ? NO_BODY : body, expectedType, reader, secret);
    }

    static Call<Void> withoutResult(SessionOperation operation, byte[] body, char[] secret) {
        return new Call<>(
                operation,
                body == null ? NO_BODY : body,
                null,
                stream -> {
                    stream.drain();
                    return null;
                },
                secret);
    }

    CharSequence secret() {
        return secret == null ? null : java.nio.CharBuffer.wrap(secret);
    }

    void clear() {
        Arrays.fill(body, (byte) 0);
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
