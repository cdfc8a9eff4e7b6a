package io.github.i3dsession.api.spi;

import io.github.i3dsession.api.internal.Checks;
import java.net.URI;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One HTTP request that the core asks a {@link SessionTransport} to send. Immutable and safe to send more than
 * once.
 *
 * <p>The core has already done everything protocol-specific: the URI is absolute, the headers are complete
 * (including {@code Cookie}, {@code PRIVATE-TOKEN}, {@code Accept} and {@code Content-Type} where they apply),
 * the body is encoded. A transport sends exactly these headers and adds none of its own that carry state
 * (no cookies from a cookie store, no authentication).
 *
 * <pre>{@code
 * TransportRequest request = TransportRequest.builder(SessionOperation.GET_USER, uri)
 *         .header("Accept", "application/json")
 *         .timeout(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 */
public final class TransportRequest {
    private static final byte[] NO_BODY = new byte[0];
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final SessionOperation operation;
    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final long maxResponseBytes;
    private final AbortSignal abortSignal;

    private TransportRequest(Builder builder) {
        this.operation = builder.operation;
        this.method = builder.method;
        this.uri = builder.uri;
        // The builder's own array, not a copy: the builder copies it before it changes again (copy on write).
        this.headers = new Headers(builder.shareHeaders(), builder.headerCount);
        this.body = builder.body;
        this.timeout = builder.timeout;
        this.connectTimeout = builder.connectTimeout;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.abortSignal = builder.abortSignal;
    }

    /**
     * Starts a request for the given operation.
     *
     * @param operation the operation, which fixes the HTTP method
     * @param uri the absolute URI to send to
     * @return a new builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code uri} is not absolute
     */
    public static Builder builder(SessionOperation operation, URI uri) {
        Objects.requireNonNull(operation, "operation");
        if (operation == SessionOperation.SEND) {
            throw new IllegalArgumentException("SEND has no fixed method: use builder(method, uri)");
        }
        return new Builder(operation, operation.method(), uri);
    }

    /**
     * Starts a request of the rest of the v3 API ({@link SessionOperation#SEND}), made with
     * {@code SessionClient.send}.
     *
     * @param method the HTTP method, such as {@code GET} or {@code PUT}
     * @param uri the absolute URI to send to, query included
     * @return a new builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code uri} is not absolute or {@code method} is not an upper-case token
     */
    public static Builder builder(String method, URI uri) {
        Objects.requireNonNull(method, "method");
        if (!method.matches("[A-Z]+")) {
            throw new IllegalArgumentException("method must be an upper-case token: " + method);
        }
        return new Builder(SessionOperation.SEND, method, uri);
    }

    /**
     * Returns the operation this request performs.
     *
     * @return the operation, never null
     */
    public SessionOperation operation() {
        return operation;
    }

    /**
     * Returns the HTTP method: {@code operation().method()} for the Session API's own operations, the caller's
     * method for {@link SessionOperation#SEND}.
     *
     * @return an upper-case method such as {@code "GET"} or {@code "POST"}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the absolute URI to send to.
     *
     * @return the URI, never null
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the headers to send, in insertion order, one value each; names are as the core wrote them.
     *
     * @return an unmodifiable map, never null
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns the encoded body. The array is shared, not copied, so that no per-call copy is made: read it,
     * never modify it.
     *
     * @return the body bytes; an empty array when the request has no body
     */
    public byte[] body() {
        return body;
    }

    /**
     * Tells whether the request has a body ({@code POST} of login and OTP).
     *
     * @return {@code true} when {@link #body()} is not empty
     */
    public boolean hasBody() {
        return body.length > 0;
    }

    /**
     * Returns how long this attempt may wait for the response status and headers, already shortened by the
     * core to what remains of the whole call's deadline.
     *
     * @return a positive duration
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns how long this attempt may wait to establish a connection. Transports whose library fixes the
     * connect timeout per client rather than per request may ignore it; {@link #timeout()} still bounds the
     * attempt.
     *
     * @return a positive duration
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the most response-body bytes the core will accept. A transport that buffers bodies (async
     * adapters) must stop buffering and fail with an {@link java.io.IOException} past this many bytes; a
     * streaming transport may ignore it, because the core enforces it while reading.
     *
     * @return a positive byte count
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Returns the signal that fires when this attempt must end at once: the call's deadline passed, the client
     * was closed, or the thread of a blocking call was interrupted. The core builds a fresh request, with a fresh
     * signal, for every attempt. A transport registers how to abort its exchange with
     * {@link AbortSignal#onAbort(Runnable)}, and once the signal fired ends {@code send} promptly with an
     * {@link java.io.IOException}.
     *
     * @return the signal; {@link AbortSignal#never()} unless the builder set one
     */
    public AbortSignal abortSignal() {
        return abortSignal;
    }

    @Override
    public String toString() {
        // Header values can carry the API key and session cookies: names only.
        return "TransportRequest{" + method + " " + uri + ", headers=" + headers.keySet() + ", bodyBytes=" + body.length
                + "}";
    }

    /** Builds a {@link TransportRequest}. Not thread-safe. */
    public static final class Builder {
        private final SessionOperation operation;
        private final String method;
        private final URI uri;
        /** Names and values, alternating, in insertion order: a map of a few headers without an entry per header. */
        private String[] headers = new String[12];

        private int headerCount;
        /** Whether a built request holds {@link #headers}, so that the next change must go to a copy. */
        private boolean headersShared;

        private byte[] body = NO_BODY;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private long maxResponseBytes = 1024 * 1024;
        private AbortSignal abortSignal = AbortSignal.never();

        private Builder(SessionOperation operation, String method, URI uri) {
            this.operation = operation;
            this.method = method;
            this.uri = Objects.requireNonNull(uri, "uri");
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("uri must be absolute: " + uri);
            }
        }

        /**
         * Sets a header, replacing any value already set under the same name.
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            int at = 0;
            while (at < headerCount && !headers[2 * at].equals(name)) {
                at++;
            }
            if (at == headerCount && 2 * headerCount == headers.length) {
                headers = Arrays.copyOf(headers, 2 * headers.length);
                headersShared = false;
            } else if (headersShared) {
                headers = headers.clone();
                headersShared = false;
            }
            // As Map.put: a name set again keeps its place and takes the new value.
            headers[2 * at] = name;
            headers[2 * at + 1] = value;
            if (at == headerCount) {
                headerCount++;
            }
            return this;
        }

        /**
         * Sets the encoded body. The array is kept, not copied; the caller must not modify it afterwards.
         *
         * @param body the body bytes
         * @return this builder
         * @throws NullPointerException if {@code body} is null
         */
        public Builder body(byte[] body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Sets the response timeout of this attempt.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets the connect timeout of this attempt.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         * @throws NullPointerException if {@code connectTimeout} is null
         * @throws IllegalArgumentException if {@code connectTimeout} is zero or negative
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the response-body limit.
         *
         * @param maxResponseBytes a positive byte count
         * @return this builder
         * @throws IllegalArgumentException if {@code maxResponseBytes} is not positive
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Sets the signal that aborts this attempt (default {@link AbortSignal#never()}).
         *
         * @param abortSignal the signal
         * @return this builder
         * @throws NullPointerException if {@code abortSignal} is null
         */
        public Builder abortSignal(AbortSignal abortSignal) {
            this.abortSignal = Objects.requireNonNull(abortSignal, "abortSignal");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         */
        public TransportRequest build() {
            return new TransportRequest(this);
        }

        private String[] shareHeaders() {
            headersShared = true;
            return headers;
        }
    }

    /**
     * The unmodifiable header map of a request, over the builder's array. {@code forEach}, {@code get} and
     * {@code size} allocate nothing; the entry set makes an entry per header as it iterates.
     */
    private static final class Headers extends AbstractMap<String, String> {
        private final String[] pairs;
        private final int size;

        Headers(String[] pairs, int size) {
            this.pairs = pairs;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public String get(Object key) {
            int at = indexOf(key);
            return at < 0 ? null : pairs[2 * at + 1];
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super String> action) {
            Objects.requireNonNull(action, "action");
            for (int i = 0; i < size; i++) {
                action.accept(pairs[2 * i], pairs[2 * i + 1]);
            }
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, String> entry =
                                    new SimpleImmutableEntry<>(pairs[2 * next], pairs[2 * next + 1]);
                            next++;
                            return entry;
                        }
                    };
                }
            };
        }

        @Override
        public String remove(Object key) {
            throw new UnsupportedOperationException("the headers of a TransportRequest cannot be changed");
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("the headers of a TransportRequest cannot be changed");
        }

        private int indexOf(Object key) {
            for (int i = 0; i < size; i++) {
                if (pairs[2 * i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
