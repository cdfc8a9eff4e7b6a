package io.github.i3dsession.benchmarks.startup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.i3dsession.benchmarks.RawUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Start-up program (b): the same two requests as {@link OursMain} written by hand with the JDK's
 * {@code HttpClient} and Jackson databind, as an application without our library would: a POJO for the login
 * body, POJOs for both responses ({@link RawUser}, the JMH baselines' mirror of {@code SessionUser}). Runs on a
 * class path of jackson-databind, jackson-annotations and jackson-core. Prints its phases for
 * {@link StartupBenchmark}.
 */
public final class JacksonMain {
    private JacksonMain() {}

    /** The login request body. */
    public static final class Login {
        public String userName;
        public String password;
    }

    /** The fields of {@code SessionAuthReq} this program looks at. */
    public static final class AuthReq {
        public boolean requiresOtp;
    }

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
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        long built = System.nanoTime();
        Login body = new Login();
        body.userName = args[1];
        body.password = args[2];
        HttpResponse<byte[]> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/v3/session/login"))
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
        if (login.statusCode() != 200
                || setCookie.indexOf(';') < 0
                || mapper.readValue(login.body(), AuthReq.class).requiresOtp) {
            throw new IllegalStateException("login answered " + login.statusCode());
        }
        long loggedIn = System.nanoTime();
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/v3/session/user"))
                        .header("Accept", "application/json")
                        .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("getUser answered " + response.statusCode());
        }
        RawUser user = mapper.readValue(response.body(), RawUser.class);
        long done = System.nanoTime();
        if (!args[1].equals(user.userName)) {
            throw new IllegalStateException("getUser returned another user");
        }
        System.out.println("startup-phases " + (built - start) + " " + (loggedIn - built) + " " + (done - loggedIn));
    }
}
