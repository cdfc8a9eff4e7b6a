package io.github.i3dsession.api.internal;

/**
 * A response body that is not the JSON the operation documents. The message names the property path and what
 * was wrong, never a value.
 */
final class ResponseFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    ResponseFormatException(String message) {
        super(message);
    }

    ResponseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
