package io.github.i3dsession.benchmarks;

import feign.HeaderMap;
import feign.Headers;
import feign.RequestLine;
import java.util.Map;

/** The hand-written Feign baseline: one declarative method, decoded by {@link RawJacksonDecoder}. */
interface RawSessionApi {

    @RequestLine("GET /v3/session/user")
    @Headers("Accept: application/json")
    RawUser user(@HeaderMap Map<String, String> headers);
}
