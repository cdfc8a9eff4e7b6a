/**
 * The adapter contract kit: {@link io.github.i3dsession.testkit.contract.SessionClientContract}, a JUnit 5 suite
 * every {@link io.github.i3dsession.api.spi.SessionTransport} must pass.
 */
module io.github.i3dsession.testkit.contract {
    requires transitive io.github.i3dsession.testkit;
    requires transitive io.github.i3dsession.api;
    requires transitive io.github.i3dsession.model;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires org.assertj.core;
    requires com.fasterxml.jackson.databind;
    requires jdk.management;

    exports io.github.i3dsession.testkit.contract;
    // JUnit runs the kit's package-private test methods by reflection when an adapter's test runs on the module path.
    opens io.github.i3dsession.testkit.contract to
            org.junit.platform.commons;
}
