package io.github.i3dsession.benchmarks.startup;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionUser;
import java.net.URI;

/**
 * Start-up program (a): our client, its transport found by discovery as an application's would be, logs in and
 * reads the user, then the JVM exits. Runs on a class path of session-api, session-model, transport-jdk,
 * jackson-core and slf4j-api only (no SLF4J provider). Prints its phases for {@link StartupBenchmark}.
 */
public final class OursMain {
    private OursMain() {}

    /**
     * Runs the program.
     *
     * @param args the fake server's base URI, the user name and the password
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        try (SessionClient client =
                SessionClient.builder().baseUri(URI.create(args[0])).build()) {
            long built = System.nanoTime();
            client.login(SessionLogin.of(args[1], args[2].toCharArray()));
            long loggedIn = System.nanoTime();
            SessionUser user = client.getUser();
            long done = System.nanoTime();
            if (!user.userName().equals(args[1])) {
                throw new IllegalStateException("getUser returned another user");
            }
            System.out.println(
                    "startup-phases " + (built - start) + " " + (loggedIn - built) + " " + (done - loggedIn));
        }
    }
}
