package io.github.i3dsession.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The exact {@code GET /v3/session/user} body the fake server sends, fetched once from a server process. */
final class CannedUser {

    private CannedUser() {}

    static byte[] body() throws IOException {
        try (ServerProcess server = ServerProcess.start()) {
            URI base = server.baseUri();
            HttpRequest request = HttpRequest.newBuilder(base.resolve(Fixture.USER_PATH))
                    .header("Accept", Fixture.ACCEPT)
                    .header("Cookie", Fixture.rawLogin(base))
                    .build();
            HttpResponse<byte[]> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
