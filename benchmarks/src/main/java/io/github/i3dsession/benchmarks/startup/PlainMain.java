package io.github.i3dsession.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Start-up program (c): the JDK's {@code HttpClient} alone, no JSON library, the same two requests as
 * {@link OursMain}: it checks each status, takes the session cookie, and checks that the user's body names the
 * user. Runs on an empty class path (its own classes only). Prints its phases for {@link StartupBenchmark}.
 */
public final class PlainMain {
    private PlainMain() {}

    /**
     * Runs the program.
     *
     * @param args the fake server's base URI, the user name and the password
     * @throws IOException if a request fails
     * @throws InterruptedException if interrupted while waiting for a response
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        URI base = URI.create(args[0]);
        long start = System.nanoTime();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long built = System.nanoTime();
        // The test user's name and password need no JSON escaping.
        String body = "{\"userName\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}";
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/v3/session/login"))
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
        if (login.statusCode() != 200 || setCookie.indexOf(';') < 0) {
            throw new IllegalStateException("login answered " + login.statusCode());
        }
        long loggedIn = System.nanoTime();
        HttpResponse<String> user = http.send(
                HttpRequest.newBuilder(URI.create(base + "/v3/session/user"))
                        .header("Accept", "application/json")
                        .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long done = System.nanoTime();
        if (user.statusCode() != 200 || !user.body().contains("\"userName\":\"" + args[1] + "\"")) {
            throw new IllegalStateException("getUser answered " + user.statusCode() + " without the user");
        }
        System.out.println("startup-phases " + (built - start) + " " + (loggedIn - built) + " " + (done - loggedIn));
    }
}
