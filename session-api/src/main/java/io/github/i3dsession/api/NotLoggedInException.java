package io.github.i3dsession.api;

import io.github.i3dsession.model.ApiError;

/**
 * Thrown when reading the user is answered 404: this client has no logged-in session
 * (never logged in, logged out, the session expired, or the OTP step is still pending).
 */
public final class NotLoggedInException extends SessionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, free of secrets
     * @param statusCode the HTTP status received
     * @param apiError the parsed Error document, or null when the body was not one
     */
    public NotLoggedInException(String message, int statusCode, ApiError apiError) {
        super(message, statusCode, apiError, null);
    }
}
