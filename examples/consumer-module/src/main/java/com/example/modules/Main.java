package com.example.modules;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.transport.feign.FeignTransport;
import io.github.i3dsession.transport.httpclient5.HttpClient5Transport;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Run on the module path by this project's build: logs in to a {@link FakeSessionServer}, reads the user and logs
 * out over each transport, found by name through {@code provides}/{@code uses} and created explicitly, then
 * checks that the client's internals are sealed. Exits with status 1, failing the build, when anything does not
 * hold.
 */
public final class Main {

    private Main() {
    }

    /** @param args none */
    public static void main(String[] args) {
        List<String> failures = new ArrayList<>();
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("bob", "hunter2"))
                .start()) {
            String expected = "bob from " + FakeUser.defaultProfile("bob").details().city();
            for (String name : List.of("jdk", "httpclient5", "feign")) {
                // The client finds the provider named by the property among those the transport modules provide.
                System.setProperty(SessionClientBuilder.TRANSPORT_PROPERTY, name);
                SessionClient discovered = SessionClient.builder().baseUri(server.baseUri()).build();
                expect(failures, server, name + " (discovered)", expected,
                        () -> WhoAmI.whoAmI(discovered, "bob", "hunter2"));
            }
            System.clearProperty(SessionClientBuilder.TRANSPORT_PROPERTY);
            explicit(failures, server, "jdk", expected, JdkTransport::create);
            explicit(failures, server, "httpclient5", expected, HttpClient5Transport::create);
            explicit(failures, server, "feign", expected, FeignTransport::create);
        }
        SealedInternals.check(failures);

        if (!failures.isEmpty()) {
            failures.forEach(failure -> System.out.println("FAIL " + failure));
            System.exit(1);
        }
        System.out.println("All module-path checks passed");
    }

    private static void explicit(List<String> failures, FakeSessionServer server, String name, String expected,
            Supplier<? extends SessionTransport> transports) {
        // The application owns a transport it passes in, and closes it after the client.
        try (SessionTransport transport = transports.get()) {
            SessionClient client = SessionClient.builder().baseUri(server.baseUri()).transport(transport).build();
            expect(failures, server, name + " (explicit)", expected, () -> WhoAmI.whoAmI(client, "bob", "hunter2"));
        }
    }

    private static void expect(List<String> failures, FakeSessionServer server, String what, String expected,
            Supplier<String> run) {
        try {
            String actual = run.get();
            if (!expected.equals(actual)) {
                failures.add(what + ": expected \"" + expected + "\" but got \"" + actual + "\"");
            } else if (server.activeSessions() != 0) {
                failures.add(what + ": " + server.activeSessions() + " sessions left open after logout");
            } else {
                System.out.println("OK   " + what + ": " + actual);
            }
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            failures.add(what + ": " + e);
        }
    }
}
