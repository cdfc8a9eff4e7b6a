package io.github.i3dsession.transport.feign;

import feign.Response;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Hands a 2xx response (and a 404 when the application's builder has {@code dismiss404}) to the core without
 * reading it. The builder is set to {@code doNotCloseAfterDecode()}, so the body keeps streaming after this
 * returns and {@link FeignExchange#close()} releases it. For an async call the body is already in memory, read by
 * {@link BufferingAsyncClient}.
 */
final class ExchangeDecoder implements Decoder {

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type != FeignExchange.class) {
            throw new DecodeException(
                    response.status(),
                    "FeignTransport's decoder only produces FeignExchange, not " + type,
                    response.request());
        }
        return FeignExchange.streaming(response);
    }
}
