package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a release publishes, checked on the jars this reactor build just packaged (the docs module builds after
 * every published module): a stable module name in each main jar, a module descriptor that exports only the API
 * packages, and a sources and a javadoc jar beside it.
 */
class PackagingTest {
    private static final String VERSION = "0.1.0-SNAPSHOT";

    static Stream<Arguments> publishedModules() {
        return Stream.of(
                Arguments.of("session-model", "io.github.i3dsession.model", "io.github.i3dsession.model"),
                Arguments.of(
                        "session-api",
                        "io.github.i3dsession.api",
                        "io.github.i3dsession.api io.github.i3dsession.api.spi"),
                Arguments.of(
                        "transport-jdk", "io.github.i3dsession.transport.jdk", "io.github.i3dsession.transport.jdk"),
                Arguments.of(
                        "transport-httpclient5",
                        "io.github.i3dsession.transport.httpclient5",
                        "io.github.i3dsession.transport.httpclient5"),
                Arguments.of(
                        "transport-feign",
                        "io.github.i3dsession.transport.feign",
                        "io.github.i3dsession.transport.feign"),
                Arguments.of("session-testkit", "io.github.i3dsession.testkit", "io.github.i3dsession.testkit"),
                Arguments.of(
                        "session-testkit-contract",
                        "io.github.i3dsession.testkit.contract",
                        "io.github.i3dsession.testkit.contract"),
                Arguments.of(
                        "session-micrometer", "io.github.i3dsession.micrometer", "io.github.i3dsession.micrometer"),
                Arguments.of(
                        "session-opentelemetry",
                        "io.github.i3dsession.opentelemetry",
                        "io.github.i3dsession.opentelemetry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedModules")
    void publishedJarCarriesItsModuleNameAndHasSourcesAndJavadocJars(String module, String moduleName)
            throws IOException {
        Path target = targetOf(module);
        Path jar = mainJar(module);

        // The name comes from module-info.class; the manifest no longer carries an Automatic-Module-Name.
        Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
        assertThat(found).hasSize(1);
        assertThat(found.iterator().next().descriptor().name()).isEqualTo(moduleName);
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isNull();
        }
        assertThat(target.resolve(module + "-" + VERSION + "-sources.jar")).exists();
        Path javadoc = target.resolve(module + "-" + VERSION + "-javadoc.jar");
        assertThat(javadoc).exists();
        try (JarFile file = new JarFile(javadoc.toFile())) {
            assertThat(file.getEntry("index.html")).isNotNull();
            assertThat(file.stream().map(e -> e.getName()).filter(n -> n.contains("/internal/")))
                    .isEmpty();
        }
        assertThat(Files.size(jar)).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedModules")
    void publishedJarIsANamedModuleThatExportsOnlyItsApiPackages(String module, String moduleName, String apiPackages) {
        ToolProvider jarTool = ToolProvider.findFirst("jar")
                .orElseThrow(() -> new AssertionError("the JDK's jar tool is missing: run the tests on a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = jarTool.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "--describe-module",
                "--file",
                mainJar(module).toString());

        assertThat(status).as("jar --describe-module failed: %s", err).isZero();
        List<String> lines = out.toString().lines().map(String::strip).collect(Collectors.toList());
        assertThat(lines).as("jar --describe-module output").isNotEmpty().noneMatch(line -> line.contains("automatic"));
        // First line: "<name>@<version> jar:file:...!/module-info.class" for a jar with a module descriptor.
        assertThat(lines.get(0)).startsWith(moduleName + "@" + VERSION + " ").endsWith("!/module-info.class");
        List<String> exported = lines.stream()
                .filter(line -> line.startsWith("exports ") || line.startsWith("qualified exports "))
                .collect(Collectors.toList());
        assertThat(exported)
                .as("exports of %s", moduleName)
                .noneMatch(line -> line.contains("internal"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(apiPackages.split(" "))
                        .map(name -> "exports " + name)
                        .collect(Collectors.toList()));
        // Only the contract kit opens its package, and only to JUnit, which runs its test methods by reflection.
        assertThat(lines)
                .filteredOn(line -> line.startsWith("opens ") || line.startsWith("qualified opens "))
                .allMatch(line -> line.equals(
                        "qualified opens io.github.i3dsession.testkit.contract to " + "org.junit.platform.commons"));
    }

    private static Path targetOf(String module) {
        return Path.of(System.getProperty("docs.dir", "."), "..", module, "target");
    }

    private static Path mainJar(String module) {
        Path jar = targetOf(module).resolve(module + "-" + VERSION + ".jar");
        assertThat(jar)
                .as("run `mvn verify` from the project root so that %s is packaged first", module)
                .exists();
        return jar;
    }
}
