package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a release publishes, checked on the jars this reactor build just packaged (the docs module builds after
 * every published module): a stable module name in each main jar, and a sources and a javadoc jar beside it.
 */
class PackagingTest {
    private static final String VERSION = "0.1.0-SNAPSHOT";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "session-model, io.github.i3dsession.model",
        "session-api, io.github.i3dsession.api",
        "transport-jdk, io.github.i3dsession.transport.jdk",
        "transport-httpclient5, io.github.i3dsession.transport.httpclient5",
        "transport-feign, io.github.i3dsession.transport.feign",
        "session-testkit, io.github.i3dsession.testkit"
    })
    void publishedJarCarriesItsModuleNameAndHasSourcesAndJavadocJars(String module, String moduleName)
            throws IOException {
        Path target = Path.of(System.getProperty("docs.dir", "."), "..", module, "target");
        Path jar = target.resolve(module + "-" + VERSION + ".jar");

        assertThat(jar)
                .as("run `mvn verify` from the project root so that %s is packaged first", module)
                .exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo(moduleName);
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
}
