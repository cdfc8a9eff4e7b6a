/**
 * An application module that uses the session client: it names the modules it uses and nothing else. The
 * transports bring session-api and session-model along ({@code requires transitive}); SLF4J and the transports'
 * HTTP libraries are read by the modules that need them, not by this one.
 */
module com.example.modules {
    requires io.github.i3dsession.transport.jdk;
    requires io.github.i3dsession.transport.httpclient5;
    requires io.github.i3dsession.transport.feign;
    requires io.github.i3dsession.testkit;
}
