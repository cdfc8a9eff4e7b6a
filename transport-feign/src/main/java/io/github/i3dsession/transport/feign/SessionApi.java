package io.github.i3dsession.transport.feign;

import feign.HeaderMap;
import feign.Request;
import feign.RequestLine;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The Session API as a declarative Feign interface: one method per {@link
 * io.github.i3dsession.api.spi.SessionOperation}, plus one per HTTP method for {@code SEND}, the rest of the v3 API,
 * whose {@link URI} argument (query included) replaces the target. It carries bytes and headers the core has already finished;
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

    @RequestLine("GET")
    FeignExchange get(URI uri, @HeaderMap Map<String, String> headers, Request.Options options) throws IOException;

    @RequestLine("HEAD")
    FeignExchange head(URI uri, @HeaderMap Map<String, String> headers, Request.Options options) throws IOException;

    @RequestLine("OPTIONS")
    FeignExchange options(URI uri, @HeaderMap Map<String, String> headers, Request.Options options) throws IOException;

    @RequestLine("DELETE")
    FeignExchange delete(URI uri, @HeaderMap Map<String, String> headers, Request.Options options) throws IOException;

    @RequestLine("DELETE")
    FeignExchange delete(URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options)
            throws IOException;

    @RequestLine("POST")
    FeignExchange post(URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options)
            throws IOException;

    @RequestLine("PUT")
    FeignExchange put(URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options)
            throws IOException;

    @RequestLine("PATCH")
    FeignExchange patch(URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options)
            throws IOException;
}
