package io.github.i3dsession.transport.feign;

import feign.HeaderMap;
import feign.Request;
import feign.RequestLine;
import java.io.IOException;
import java.util.Map;

/**
 * The Session API as a declarative Feign interface: one method per {@link
 * io.github.i3dsession.api.spi.SessionOperation}. It carries bytes and headers the core has already finished;
 * there is no JSON here. The {@link Request.Options} argument gives each call its own timeouts and turns
 * redirect following off.
 *
 * <p>The methods declare {@link IOException} so that a builder with {@code ExceptionPropagationPolicy.UNWRAP}
 * gets the network error itself rather than an {@code UndeclaredThrowableException}.
 */
interface SessionApi {

    @RequestLine("POST /v3/session/login")
    FeignExchange login(byte[] body, @HeaderMap Map<String, String> headers, Request.Options options)
            throws IOException;

    @RequestLine("POST /v3/session/login/otp")
    FeignExchange provideOtp(byte[] body, @HeaderMap Map<String, String> headers, Request.Options options)
            throws IOException;

    @RequestLine("POST /v3/session/logout")
    FeignExchange logout(@HeaderMap Map<String, String> headers, Request.Options options) throws IOException;

    @RequestLine("GET /v3/session/user")
    FeignExchange getUser(@HeaderMap Map<String, String> headers, Request.Options options) throws IOException;
}
