package io.github.i3dsession.api;

import io.github.i3dsession.model.ApiError;

/**
 * Thrown on a 409 answer: this client already holds a logged-in session. Log out first.
 */
public final class AlreadyLoggedInException extends SessionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, free of secrets
     * @param statusCode the HTTP status received
     * @param apiError the parsed Error document, or null when the body was not one
     */
    public AlreadyLoggedInException(String message, int statusCode, ApiError apiError) {
        super(message, statusCode, apiError, null);
    }
}
