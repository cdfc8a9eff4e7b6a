package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiResponseTest {
    private static final byte[] CAFE_LATIN1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CAFE_UTF8 = "café".getBytes(StandardCharsets.UTF_8);

    @Test
    void statusHeadersAndBodyAreKept() {
        ApiResponse response =
                ApiResponse.of(201, Map.of("Location", List.of("/v3/host/7"), "X-Trace", List.of("a", "b")), CAFE_UTF8);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).contains("/v3/host/7");
        assertThat(response.headers("X-Trace")).containsExactly("a", "b");
        assertThat(response.body()).isEqualTo(CAFE_UTF8);
        assertThat(response.bodyAsString()).isEqualTo("café");
    }

    @Test
    void headerNamesAreCaseInsensitiveAndMerged() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Set-Cookie", List.of("a=1"));
        headers.put("set-cookie", List.of("b=2"));
        headers.put(null, List.of("HTTP/1.1 200 OK"));

        ApiResponse response = ApiResponse.of(200, headers, new byte[0]);

        assertThat(response.headers("SET-COOKIE")).containsExactly("a=1", "b=2");
        assertThat(response.header("set-cookie")).contains("a=1");
        assertThat(response.headers()).hasSize(1);
        assertThat(response.headers("Missing")).isEmpty();
        assertThat(response.header("Missing")).isEmpty();
    }

    @Test
    void inputsAreCopied() {
        Map<String, List<String>> headers = new HashMap<>();
        List<String> values = new java.util.ArrayList<>(List.of("a"));
        headers.put("X-Trace", values);
        byte[] body = CAFE_UTF8.clone();
        ApiResponse response = ApiResponse.of(200, headers, body);

        values.add("b");
        headers.put("X-Other", List.of("c"));
        body[0] = 'x';
        response.body()[1] = 'y';

        assertThat(response.headers("X-Trace")).containsExactly("a");
        assertThat(response.header("X-Other")).isEmpty();
        assertThat(response.body()).isEqualTo(CAFE_UTF8);
        assertThatThrownBy(() -> response.headers("X-Trace").add("z"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "text/plain; charset=ISO-8859-1 | ISO-8859-1",
                "text/plain;charset=\"iso-8859-1\" | ISO-8859-1",
                "text/plain; format=flowed; CHARSET=latin1 | ISO-8859-1",
                "application/json | UTF-8",
                "application/json; charset=no-such-charset | UTF-8",
                "application/json; charset=bad name! | UTF-8",
                "application/json; charset= | UTF-8",
            })
    void bodyAsStringUsesTheCharsetOfContentType(String contentType, String charset) {
        byte[] body = "café".getBytes(java.nio.charset.Charset.forName(charset));

        ApiResponse response = ApiResponse.of(200, Map.of("content-type", List.of(contentType)), body);

        assertThat(response.bodyAsString()).isEqualTo("café");
    }

    @Test
    void bodyAsStringDefaultsToUtf8WithoutContentType() {
        assertThat(ApiResponse.of(200, Map.of(), CAFE_UTF8).bodyAsString()).isEqualTo("café");
        assertThat(ApiResponse.of(200, Map.of(), CAFE_LATIN1).bodyAsString()).isNotEqualTo("café");
        assertThat(ApiResponse.of(204, Map.of(), new byte[0]).bodyAsString()).isEmpty();
    }

    @Test
    void toStringShowsStatusAndBodyLengthOnly() {
        ApiResponse response = ApiResponse.of(
                200,
                Map.of("Set-Cookie", List.of("i3d_session=secret")),
                "{\"token\":\"secret\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.toString()).isEqualTo("ApiResponse{status=200, bodyLength=18}");
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> ApiResponse.of(99, Map.of(), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be a three-digit HTTP status code: 99");
        assertThatThrownBy(() -> ApiResponse.of(1000, Map.of(), new byte[0]))
                .hasMessage("status must be a three-digit HTTP status code: 1000");
        assertThatThrownBy(() -> ApiResponse.of(200, null, new byte[0]))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("headers");
        assertThatThrownBy(() -> ApiResponse.of(200, Map.of(), null)).hasMessage("body");
        assertThatThrownBy(() -> ApiResponse.of(200, Map.of("X-A", Arrays.asList("a", null)), new byte[0]))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a value of header X-A");
        assertThatThrownBy(() -> ApiResponse.of(200, Map.of(), new byte[0]).header(null))
                .hasMessage("name");
    }

    @Test
    void equalResponsesAreEqualWhateverTheHeaderCase() {
        ApiResponse a = ApiResponse.of(200, Map.of("Content-Type", List.of("text/plain")), CAFE_UTF8);
        ApiResponse b = ApiResponse.of(200, Map.of("content-type", List.of("text/plain")), CAFE_UTF8.clone());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ApiResponse.of(201, Map.of("Content-Type", List.of("text/plain")), CAFE_UTF8));
    }
}
