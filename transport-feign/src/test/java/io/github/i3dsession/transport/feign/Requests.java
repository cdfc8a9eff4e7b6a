package io.github.i3dsession.transport.feign;

import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import io.github.i3dsession.api.spi.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Builds the requests the core would send, and reads responses, for the tests of this package. */
final class Requests {
    static final String API_KEY = "test-api-key";

    private Requests() {}

    static TransportRequest.Builder builder(URI baseUri, SessionOperation operation) {
        TransportRequest.Builder builder = TransportRequest.builder(operation, URI.create(baseUri + operation.path()))
                .header("Accept", "application/json")
                .header("PRIVATE-TOKEN", API_KEY)
                .timeout(Duration.ofSeconds(10))
                .connectTimeout(Duration.ofSeconds(5));
        return builder;
    }

    static TransportRequest login(URI baseUri, String userName, String password) {
        String json = "{\"userName\":\"" + userName + "\",\"password\":\"" + password + "\"}";
        return builder(baseUri, SessionOperation.LOGIN)
                .header("Content-Type", "application/json")
                .body(json.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static TransportRequest provideOtp(URI baseUri, String cookie) {
        return builder(baseUri, SessionOperation.PROVIDE_OTP)
                .header("Content-Type", "application/json")
                .header("Cookie", cookie)
                .body("{\"otp\":\"123456\"}".getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static TransportRequest getUser(URI baseUri, String cookie) {
        return builder(baseUri, SessionOperation.GET_USER)
                .header("Cookie", cookie)
                .build();
    }

    static TransportRequest getUser(URI baseUri) {
        return builder(baseUri, SessionOperation.GET_USER).build();
    }

    static TransportRequest logout(URI baseUri) {
        return builder(baseUri, SessionOperation.LOGOUT).build();
    }

    static String bodyUtf8(TransportResponse response) {
        try {
            return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
