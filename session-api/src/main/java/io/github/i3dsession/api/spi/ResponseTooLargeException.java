package io.github.i3dsession.api.spi;

import java.io.IOException;

/**
 * Thrown (or used to complete a future exceptionally) by a transport that buffers response bodies when a body
 * exceeds {@link TransportRequest#maxResponseBytes()}. The core turns it into an
 * {@code UnexpectedResponseException} carrying the status, not a transport failure: a response did arrive.
 */
public final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The status of the oversized response. */
    private final int statusCode;
    /** The limit in bytes. */
    private final long limit;

    /**
     * Creates the exception.
     *
     * @param statusCode the status of the response whose body was too large
     * @param limit the limit in bytes that it exceeded
     */
    public ResponseTooLargeException(int statusCode, long limit) {
        super("response body exceeds the limit of " + limit + " bytes");
        this.statusCode = statusCode;
        this.limit = limit;
    }

    /**
     * Returns the status of the response.
     *
     * @return the HTTP status
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns the limit the body exceeded.
     *
     * @return the limit in bytes
     */
    public long limit() {
        return limit;
    }
}
