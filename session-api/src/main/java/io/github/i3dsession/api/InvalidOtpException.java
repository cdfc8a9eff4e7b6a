package io.github.i3dsession.api;

import io.github.i3dsession.model.ApiError;

/**
 * Thrown when the one-time password is answered 401: the OTP is wrong.
 */
public final class InvalidOtpException extends SessionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, free of secrets
     * @param statusCode the HTTP status received
     * @param apiError the parsed Error document, or null when the body was not one
     */
    public InvalidOtpException(String message, int statusCode, ApiError apiError) {
        super(message, statusCode, apiError, null);
    }
}
