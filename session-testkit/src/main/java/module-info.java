/**
 * Test support for code that uses the session client: {@code FakeSessionServer} on the JDK's built-in HTTP server,
 * fake users, log capture. No test framework: any JUnit (or none) can use it. The adapter contract kit is the
 * separate module {@code io.github.i3dsession.testkit.contract}.
 */
module io.github.i3dsession.testkit {
    // FakeUser hands out model types and uses the API's Totp.
    requires transitive io.github.i3dsession.api;
    // RecordingSlf4jProvider implements SLF4J's provider interface.
    requires transitive org.slf4j;
    requires com.fasterxml.jackson.databind;
    // FakeSessionServer runs on the JDK's built-in HTTP server.
    requires jdk.httpserver;

    exports io.github.i3dsession.testkit;
}
