package io.github.i3dsession.api;

/**
 * Thrown when no HTTP response arrived: connection refused or reset, DNS failure, TLS failure, a timeout, the
 * call deadline passing, or an interrupted wait. {@link #statusCode()} is 0. The cause is the transport's
 * original exception.
 */
public final class TransportException extends SessionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, naming the operation and URI, free of secrets
     * @param cause the underlying failure, or null
     */
    public TransportException(String message, Throwable cause) {
        super(message, 0, null, cause);
    }
}
