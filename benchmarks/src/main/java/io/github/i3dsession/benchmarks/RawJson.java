package io.github.i3dsession.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper every hand-written baseline shares, configured once, as an application would. */
final class RawJson {
    /**
     * Unknown properties are ignored. The caller closes the body stream, not Jackson: by default
     * ({@code AUTO_CLOSE_SOURCE}) {@code readValue} closes it right after the closing brace, before the end of
     * the stream, and the JDK's {@code HttpClient} then drops the connection instead of pooling it (seen here:
     * about one call in five opened a new connection).
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);

    private RawJson() {}
}
