package io.github.i3dsession.transport.feign;

import feign.HeaderMap;
import feign.Request;
import feign.RequestLine;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link SessionApi} for {@link feign.AsyncFeign}: the same requests, each answered by a future. The options
 * argument is always an {@link AsyncCallOptions}, which carries the call's limit and cancellation to
 * {@link BufferingAsyncClient}.
 */
interface AsyncSessionApi {

    @RequestLine("POST /v3/session/login")
    CompletableFuture<FeignExchange> login(
            byte[] body, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("POST /v3/session/login/otp")
    CompletableFuture<FeignExchange> provideOtp(
            byte[] body, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("POST /v3/session/logout")
    CompletableFuture<FeignExchange> logout(@HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("GET /v3/session/user")
    CompletableFuture<FeignExchange> getUser(@HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("GET")
    CompletableFuture<FeignExchange> get(URI uri, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("HEAD")
    CompletableFuture<FeignExchange> head(URI uri, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("OPTIONS")
    CompletableFuture<FeignExchange> options(URI uri, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("DELETE")
    CompletableFuture<FeignExchange> delete(URI uri, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("DELETE")
    CompletableFuture<FeignExchange> delete(
            URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("POST")
    CompletableFuture<FeignExchange> post(
            URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("PUT")
    CompletableFuture<FeignExchange> put(
            URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options);

    @RequestLine("PATCH")
    CompletableFuture<FeignExchange> patch(
            URI uri, byte[] body, @HeaderMap Map<String, String> headers, Request.Options options);
}
