package io.github.i3dsession.benchmarks;

import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/** What feign-jackson's decoder does, in ten lines, over the shared {@link RawJson#MAPPER}. */
final class RawJacksonDecoder implements Decoder {

    @Override
    public Object decode(Response response, Type type) throws IOException {
        try (InputStream in = response.body().asInputStream()) {
            return RawJson.MAPPER.readValue(in, RawJson.MAPPER.constructType(type));
        }
    }
}
