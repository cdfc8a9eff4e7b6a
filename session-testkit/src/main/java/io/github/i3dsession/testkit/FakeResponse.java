package io.github.i3dsession.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted response for {@link FakeSessionServer#enqueue(String, FakeResponse)}, including fault injection:
 * stalled headers, a slow drip, a huge streamed body and a connection cut off mid-body.
 *
 * <p>Instances are immutable and can be enqueued any number of times.
 *
 * <pre>{@code
 * server.enqueue("/v3/session/user", FakeResponse.serverError());
 * server.enqueue("/v3/session/user", FakeResponse.builder()
 *     .status(200)
 *     .largeBody(64L << 20)
 *     .truncateAfter(1024)
 *     .build());
 * }</pre>
 */
public final class FakeResponse {
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String APPLICATION_JSON = "application/json";

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final long largeBodySize;
    private final Duration delayBeforeHeaders;
    private final int dripChunkBytes;
    private final Duration dripPause;
    private final long truncateAfter;

    private FakeResponse(Builder builder) {
        this.status = builder.status;
        this.headers = Collections.unmodifiableList(new ArrayList<>(builder.headers));
        this.body = builder.body;
        this.largeBodySize = builder.largeBodySize;
        this.delayBeforeHeaders = builder.delayBeforeHeaders;
        this.dripChunkBytes = builder.dripChunkBytes;
        this.dripPause = builder.dripPause;
        this.truncateAfter = builder.truncateAfter;
    }

    /**
     * Returns a response with the given status, no headers and no body.
     *
     * @param status an HTTP status code, 100 to 599
     * @return the response
     * @throws IllegalArgumentException if {@code status} is out of range
     */
    public static FakeResponse status(int status) {
        return builder().status(status).build();
    }

    /**
     * Returns a 500 response with the spec's {@code Error} document
     * {@code {"errorCode":500,"errorMessage":"Internal Server Error","errors":[]}}.
     *
     * @return the response
     */
    public static FakeResponse serverError() {
        return builder()
                .status(500)
                .jsonBody(Json.errorJson(500, "Internal Server Error", null, null))
                .build();
    }

    /**
     * Returns a response with the spec's {@code Error} document holding one {@code ErrorDetails} entry.
     *
     * @param status the HTTP status code
     * @param errorCode the document's {@code errorCode}
     * @param errorMessage the document's {@code errorMessage}, not null
     * @param property the {@code property} of the single {@code ErrorDetails}, not null
     * @param message the {@code message} of the single {@code ErrorDetails}, not null
     * @return the response
     */
    public static FakeResponse error(int status, int errorCode, String errorMessage, String property, String message) {
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
        return builder()
                .status(status)
                .jsonBody(Json.errorJson(errorCode, errorMessage, property, message))
                .build();
    }

    /**
     * Returns a new builder for a 200 response without headers or body.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with this response's settings.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.status = status;
        builder.headers.addAll(headers);
        builder.body = body;
        builder.largeBodySize = largeBodySize;
        builder.delayBeforeHeaders = delayBeforeHeaders;
        builder.dripChunkBytes = dripChunkBytes;
        builder.dripPause = dripPause;
        builder.truncateAfter = truncateAfter;
        return builder;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status code
     */
    public int statusCode() {
        return status;
    }

    List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The declared body length: 0 means no body at all. */
    long bodyLength() {
        return body != null ? body.length : largeBodySize;
    }

    boolean hasFixedBody() {
        return body != null;
    }

    /** Copies {@code length} body bytes from {@code offset} into {@code dest}: fixed or generated ones. */
    void copyBody(long offset, byte[] dest, int length) {
        if (body != null) {
            System.arraycopy(body, (int) offset, dest, 0, length);
        } else {
            GeneratedBody.fill(offset, dest, length);
        }
    }

    Duration delayBeforeHeaders() {
        return delayBeforeHeaders;
    }

    int dripChunkBytes() {
        return dripChunkBytes;
    }

    Duration dripPause() {
        return dripPause;
    }

    /** Number of body bytes actually sent: the whole body unless truncated. */
    long bytesToSend() {
        return truncateAfter < 0 ? bodyLength() : Math.min(truncateAfter, bodyLength());
    }

    @Override
    public String toString() {
        return "FakeResponse{status=" + status
                + ", headers=" + headers
                + ", bodyLength=" + bodyLength()
                + (delayBeforeHeaders.isZero() ? "" : ", delayBeforeHeaders=" + delayBeforeHeaders)
                + (dripChunkBytes > 0 ? ", drip=" + dripChunkBytes + "B/" + dripPause : "")
                + (truncateAfter >= 0 ? ", truncateAfter=" + truncateAfter : "")
                + '}';
    }

    /** Builds a {@link FakeResponse}. Not thread-safe. */
    public static final class Builder {
        private int status = 200;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body;
        private long largeBodySize;
        private Duration delayBeforeHeaders = Duration.ZERO;
        private int dripChunkBytes;
        private Duration dripPause = Duration.ZERO;
        private long truncateAfter = -1;

        private Builder() {}

        /**
         * Sets the HTTP status code (default 200).
         *
         * @param status an HTTP status code, 100 to 599
         * @return this builder
         * @throws IllegalArgumentException if {@code status} is out of range
         */
        public Builder status(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be between 100 and 599: " + status);
            }
            this.status = status;
            return this;
        }

        /**
         * Appends a response header; earlier values of the same name are kept.
         *
         * @param name the header name, not null
         * @param value the header value, not null
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            headers.add(Map.entry(name, value));
            return this;
        }

        /**
         * Replaces the body with a copy of {@code body}; an empty array means no body.
         *
         * @param body the body bytes, not null
         * @return this builder
         */
        public Builder body(byte[] body) {
            Objects.requireNonNull(body, "body");
            this.body = body.clone();
            this.largeBodySize = 0;
            return this;
        }

        /**
         * Replaces the body with the UTF-8 bytes of {@code json} and replaces any {@code Content-Type} header
         * with {@code application/json}.
         *
         * @param json the body text, not null; it is not checked to be valid JSON
         * @return this builder
         */
        public Builder jsonBody(String json) {
            Objects.requireNonNull(json, "json");
            headers.removeIf(h -> h.getKey().equalsIgnoreCase(CONTENT_TYPE));
            headers.add(Map.entry(CONTENT_TYPE, APPLICATION_JSON));
            return body(json.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Replaces the body with a generated, JSON-looking body of exactly {@code sizeBytes} bytes. The body is
         * streamed from a repeated pattern and never held in memory whole, so gigabytes cost nothing.
         *
         * @param sizeBytes the body size, at least 0
         * @return this builder
         */
        public Builder largeBody(long sizeBytes) {
            if (sizeBytes < 0) {
                throw new IllegalArgumentException("sizeBytes must not be negative: " + sizeBytes);
            }
            this.body = null;
            this.largeBodySize = sizeBytes;
            return this;
        }

        /**
         * Makes the server wait this long before sending the status line and headers (a stalled server).
         * The wait ends early when the server is closed, and the connection is then dropped.
         *
         * @param delay the delay, not negative
         * @return this builder
         */
        public Builder delayBeforeHeaders(Duration delay) {
            this.delayBeforeHeaders = nonNegative(delay, "delay");
            return this;
        }

        /**
         * Sends the body in chunks of {@code chunkBytes}, flushing each and pausing {@code pause} between them
         * (a slow drip). The pauses end early when the server is closed, and the connection is then dropped.
         *
         * @param chunkBytes bytes per chunk, at least 1
         * @param pause the pause between chunks, not negative
         * @return this builder
         */
        public Builder drip(int chunkBytes, Duration pause) {
            if (chunkBytes < 1) {
                throw new IllegalArgumentException("chunkBytes must be at least 1: " + chunkBytes);
            }
            this.dripPause = nonNegative(pause, "pause");
            this.dripChunkBytes = chunkBytes;
            return this;
        }

        /**
         * Declares the full {@code Content-Length} but sends only the first {@code bytes} body bytes, then closes
         * the connection: the client sees a truncated body or a reset connection. Has no effect when the body is
         * not longer than {@code bytes}.
         *
         * @param bytes body bytes to send before cutting the connection, at least 0
         * @return this builder
         */
        public Builder truncateAfter(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must not be negative: " + bytes);
            }
            this.truncateAfter = bytes;
            return this;
        }

        /**
         * Builds the immutable response.
         *
         * @return the response
         */
        public FakeResponse build() {
            return new FakeResponse(this);
        }

        private static Duration nonNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + duration);
            }
            return duration;
        }
    }
}
