package io.github.i3dsession.api;

import io.github.i3dsession.model.ApiError;
import java.util.Optional;

/**
 * Base of every exception a {@link SessionClient} call throws: unchecked, carrying the HTTP status and, when the
 * server sent an Error document, its parsed form. Messages never contain a password, an OTP, the API key or a
 * cookie value.
 *
 * <p>Two families: the response-based subclasses (a response arrived with a status the call does not accept)
 * and {@link TransportException} (no response arrived, {@link #statusCode()} is 0).
 * {@link UnexpectedResponseException} covers responses that arrived but could not be understood.
 */
public class SessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status, 0 when no response arrived. */
    private final int statusCode;
    /** The parsed Error document; not serialized, since the model is not Serializable. */
    private final transient ApiError apiError;

    /**
     * Creates the exception.
     *
     * @param message the message, free of secrets
     * @param statusCode the HTTP status received, or 0 when no response arrived
     * @param apiError the parsed Error document, or null when there was none
     * @param cause the underlying failure, or null
     */
    public SessionException(String message, int statusCode, ApiError apiError, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.apiError = apiError;
    }

    /**
     * Returns the HTTP status of the response that caused this exception.
     *
     * @return the status, or 0 when no HTTP response arrived
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns the server's Error document when the response body was one.
     *
     * @return the parsed error, or empty
     */
    public Optional<ApiError> apiError() {
        return Optional.ofNullable(apiError);
    }
}
