package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * One client call, before any attempt: what to send (method, URI, headers, body), whether it may be re-sent, and how
 * a response becomes its result. Holds the body (which can contain a password or OTP) until {@link #clear()} zeroes
 * it after the last attempt.
 */
final class Call<T> {
    /** Turns a response the call accepts (2xx, or any status for a raw call) into the call's result. */
    interface ResultReader<T> {
        T read(TransportResponse response, BoundedInputStream body) throws IOException, ResponseFormatException;
    }

    private static final byte[] NO_BODY = new byte[0];

    final SessionOperation operation;
    /** The operation's name in messages, logs and observations: its operationId, or {@code send}. */
    final String name;

    final String method;
    final URI uri;
    /** The path without query, for logs and observers: the operation's path, or a send's path. */
    final String pathTemplate;

    final byte[] body;
    /** The body's Content-Type, or null without a body. */
    final String contentType;
    /** Headers of the caller's own (send only); never Cookie, PRIVATE-TOKEN, Host or Content-*. */
    final Map<String, String> headers;

    final boolean idempotent;
    /** Whether every status is a result (send) rather than mapped to an exception. */
    final boolean raw;
    /** The JSON type a 2xx body must hold, or null when the body is not decoded. */
    final String expectedType;

    final ResultReader<T> reader;
    /** Whether the automatic login may run before this call and after the server says the session is gone. */
    final boolean needsSession;
    /** A copy of the password or OTP, for redacting server text; zeroed by {@link #clear()}. */
    private final char[] secret;

    private Call(Builder<T> b) {
        this.operation = b.operation;
        this.name = b.name;
        this.method = b.method;
        this.uri = b.uri;
        this.pathTemplate = b.pathTemplate;
        this.body = b.body == null ? NO_BODY : b.body;
        this.contentType = b.contentType;
        this.headers = b.headers == null ? Map.of() : b.headers;
        this.idempotent = b.idempotent;
        this.raw = b.raw;
        this.expectedType = b.expectedType;
        this.reader = b.reader;
        this.needsSession = b.needsSession;
        this.secret = b.secret;
    }

    static <T> Builder<T> builder(SessionOperation operation, URI uri, ResultReader<T> reader) {
        Builder<T> b = new Builder<>();
        b.operation = operation;
        b.name = operation.operationId();
        b.method = operation.method();
        b.uri = uri;
        b.pathTemplate = operation.path();
        b.idempotent = operation.isIdempotent();
        b.reader = reader;
        return b;
    }

    CharSequence secret() {
        return secret == null ? null : CharBuffer.wrap(secret);
    }

    void clear() {
        Arrays.fill(body, (byte) 0);
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** Sets up a call; used by {@link Calls} only. */
    static final class Builder<T> {
        SessionOperation operation;
        String name;
        String method;
        URI uri;
        String pathTemplate;
        byte[] body;
        String contentType;
        Map<String, String> headers;
        boolean idempotent;
        boolean raw;
        String expectedType;
        ResultReader<T> reader;
        boolean needsSession;
        char[] secret;

        Builder<T> body(byte[] body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        Builder<T> expectedType(String expectedType) {
            this.expectedType = expectedType;
            return this;
        }

        Builder<T> secret(char[] secret) {
            this.secret = secret;
            return this;
        }

        Builder<T> needsSession() {
            this.needsSession = true;
            return this;
        }

        Call<T> build() {
            return new Call<>(this);
        }
    }
}
