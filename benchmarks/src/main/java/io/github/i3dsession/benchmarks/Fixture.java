package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

/** What every network benchmark shares: the request both sides send, and logging in. */
final class Fixture {
    static final String USER_PATH = "/v3/session/user";
    static final String ACCEPT = "application/json";
    /** The per-request timeout of both sides: our client's default request timeout. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Fixture() {}

    /**
     * The {@code User-Agent} our client sends over {@code transport}; the raw baselines send it too, so that both
     * sides put the same bytes on the wire.
     */
    static String userAgent(String transport) {
        String version = "unknown";
        try (InputStream in =
                Fixture.class.getResourceAsStream("/io/github/i3dsession/api/internal/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                version = properties.getProperty("version", version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "i3d-session-java/" + version + " (" + transport + "; Java " + System.getProperty("java.version") + ")";
    }

    /** A client of ours over {@code transport}, logged in. */
    static SessionClient loggedInClient(URI baseUri, SessionTransport transport) {
        SessionClient client =
                SessionClient.builder().baseUri(baseUri).transport(transport).build();
        client.login(SessionLogin.of(ServerMain.USER, ServerMain.PASSWORD));
        return client;
    }

    /**
     * Logs in by hand and returns the {@code Cookie} header value the hand-written baselines send, such as
     * {@code i3d_session=...}: a session of their own, of the same user.
     */
    static String rawLogin(URI baseUri) {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"userName\":\"" + ServerMain.USER + "\",\"password\":\"" + ServerMain.PASSWORD + "\"}";
        HttpRequest login = HttpRequest.newBuilder(baseUri.resolve("/v3/session/login"))
                .header("Content-Type", "application/json")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(login, HttpResponse.BodyHandlers.ofString());
            String setCookie = response.headers()
                    .firstValue("Set-Cookie")
                    .orElseThrow(() ->
                            new IllegalStateException("login answered " + response.statusCode() + " without a cookie"));
            return setCookie.substring(0, setCookie.indexOf(';'));
        } catch (IOException e) {
            throw new IllegalStateException("raw login failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
