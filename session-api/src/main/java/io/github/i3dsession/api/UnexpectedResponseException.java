package io.github.i3dsession.api;

import io.github.i3dsession.model.ApiError;

/**
 * Thrown when a response arrived but is not one the call documents: an undocumented status, a success body that
 * is not the expected JSON (malformed, wrongly typed, missing required properties, wrong content), or a body
 * larger than the configured limit. The message names the operation, the status and what was wrong, with at
 * most a short, redacted excerpt of the body.
 */
public final class UnexpectedResponseException extends SessionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, free of secrets
     * @param statusCode the HTTP status received
     * @param apiError the parsed Error document, or null
     * @param cause the parse failure, or null
     */
    public UnexpectedResponseException(String message, int statusCode, ApiError apiError, Throwable cause) {
        super(message, statusCode, apiError, cause);
    }
}
