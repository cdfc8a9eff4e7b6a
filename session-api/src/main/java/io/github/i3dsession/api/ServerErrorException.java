package io.github.i3dsession.api;

import io.github.i3dsession.model.ApiError;

/**
 * Thrown on any 5xx answer that is not retried or whose retries ran out. {@link #apiError()}
 * carries the server's Error document when it sent one.
 */
public final class ServerErrorException extends SessionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, free of secrets
     * @param statusCode the HTTP status received
     * @param apiError the parsed Error document, or null when the body was not one
     */
    public ServerErrorException(String message, int statusCode, ApiError apiError) {
        super(message, statusCode, apiError, null);
    }
}
