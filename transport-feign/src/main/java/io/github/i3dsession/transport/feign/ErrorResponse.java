package io.github.i3dsession.transport.feign;

/**
 * Carries a non-2xx response out of Feign, which reports every such status by throwing what the
 * {@link feign.codec.ErrorDecoder} returns, or completes an async call's future with it.
 * {@link FeignTransport#send} and {@link AsyncSender} catch it and return the response, so the core maps every
 * status itself. It never reaches an application; it has no stack trace because it is control flow, not a
 * failure.
 */
final class ErrorResponse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient FeignExchange response;

    ErrorResponse(FeignExchange response) {
        super("HTTP " + response.statusCode(), null, false, false);
        this.response = response;
    }

    FeignExchange response() {
        return response;
    }
}
