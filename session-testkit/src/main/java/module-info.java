/**
 * Test support for the session client and for code that uses it: {@code FakeSessionServer} on the JDK's built-in
 * HTTP server, fake users, TOTP codes, log capture, and the contract kit every transport adapter passes.
 */
module io.github.i3dsession.testkit {
    // The contract kit's signatures take transports and client builders; FakeUser hands out model types.
    requires transitive io.github.i3dsession.api;
    // RecordingSlf4jProvider implements SLF4J's provider interface.
    requires transitive org.slf4j;
    // The contract kit's test classes are JUnit 5 classes that adapters extend.
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires org.assertj.core;
    // The contract kit's leak checks read per-thread allocation counters.
    requires jdk.management;
    requires com.fasterxml.jackson.databind;
    // FakeSessionServer runs on the JDK's built-in HTTP server.
    requires jdk.httpserver;

    exports io.github.i3dsession.testkit;
}
