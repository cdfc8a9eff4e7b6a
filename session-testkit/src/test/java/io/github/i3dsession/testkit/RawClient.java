package io.github.i3dsession.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A minimal browser-like client for the tests: a raw {@link HttpClient} that keeps the session cookie it was
 * last given and sends it back, plus a {@code PRIVATE-TOKEN} header on every request as the spec asks.
 */
final class RawClient {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final FakeSessionServer server;
    private String cookie;

    RawClient(FakeSessionServer server) {
        this.server = server;
    }

    static HttpClient httpClient() {
        return CLIENT;
    }

    /** The {@code name=value} pair this client sends, or null. */
    String cookie() {
        return cookie;
    }

    void cookie(String cookie) {
        this.cookie = cookie;
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postWithoutBody(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> login(String userName, String password) {
        return post("/v3/session/login", "{\"userName\":\"" + userName + "\",\"password\":\"" + password + "\"}");
    }

    HttpResponse<String> otp(String otp) {
        return post("/v3/session/login/otp", "{\"otp\":\"" + otp + "\"}");
    }

    HttpResponse<String> user() {
        return get("/v3/session/user");
    }

    HttpResponse<String> logout() {
        return postWithoutBody("/v3/session/logout");
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .timeout(Duration.ofSeconds(10))
                .header("PRIVATE-TOKEN", "test-token");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("Set-Cookie").ifPresent(this::remember);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0].trim();
        cookie = pair.endsWith("=") ? null : pair;
    }
}
