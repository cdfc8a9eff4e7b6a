package io.github.i3dsession.transport.httpclient5;

import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Builds the requests the tests send. */
final class Requests {
    static final String LOGIN_JSON = "{\"userName\":\"alice\",\"password\":\"pw\"}";

    private Requests() {}

    static TransportRequest.Builder getUser(URI baseUri) {
        return TransportRequest.builder(SessionOperation.GET_USER, baseUri.resolve(SessionOperation.GET_USER.path()))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10));
    }

    static TransportRequest.Builder login(URI baseUri) {
        return TransportRequest.builder(SessionOperation.LOGIN, baseUri.resolve(SessionOperation.LOGIN.path()))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .body(LOGIN_JSON.getBytes(StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(10));
    }
}
