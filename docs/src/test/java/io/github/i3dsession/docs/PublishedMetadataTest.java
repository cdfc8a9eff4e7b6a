package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a supply-chain review of a published module looks for, checked on what this reactor just packaged: the
 * repository's LICENSE and NOTICE once in each jar, an SBOM next to it, and the POM metadata Central requires in the
 * parent (which every module inherits) and in the flattened BOM (which has no parent).
 */
class PublishedMetadataTest {
    private static final Path ROOT = Path.of(System.getProperty("docs.dir", ""))
            .toAbsolutePath()
            .normalize()
            .getParent();
    private static final String VERSION = System.getProperty("project.version");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    /** Every module of the root pom that does not set maven.deploy.skip: the ones a release publishes. */
    static List<String> publishedModules() throws IOException {
        Matcher module = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
        List<String> published = new java.util.ArrayList<>();
        while (module.find()) {
            String pom = Files.readString(ROOT.resolve(module.group(1)).resolve("pom.xml"), StandardCharsets.UTF_8);
            if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(module.group(1));
            }
        }
        return published;
    }

    static Stream<String> publishedJarModules() throws IOException {
        return publishedModules().stream().filter(module -> !module.equals("bom"));
    }

    @Test
    void theReleasePublishesTheLibraryAndNotTheToolsAroundIt() throws IOException {
        assertThat(publishedModules())
                .contains("bom", "session-model", "session-api", "transport-jdk", "session-testkit")
                .doesNotContain("session-cli", "docs", "examples", "benchmarks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedJarModules")
    void everyPublishedJarCarriesTheLicenseAndNoticeOnce(String module) throws IOException {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
        assertThat(jar)
                .as("run `./mvnw -B verify` from the project root so that %s is packaged first", module)
                .exists();

        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> legal = file.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.matches("(?i).*(license|notice).*"))
                    .collect(Collectors.toList());
            assertThat(legal).containsExactlyInAnyOrder("META-INF/LICENSE", "META-INF/NOTICE");
            try (InputStream license = file.getInputStream(file.getEntry("META-INF/LICENSE"))) {
                assertThat(new String(license.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedModules")
    void everyPublishedModuleHasAnSbom(String module) {
        Path target = ROOT.resolve(module).resolve("target");

        assertThat(target.resolve("bom.json")).as("%s's CycloneDX SBOM", module).isRegularFile();
        assertThat(target.resolve("bom.xml")).as("%s's CycloneDX SBOM", module).isRegularFile();
    }

    @Test
    void theParentAndTheFlattenedBomCarryWhatCentralRequires() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Path flattened = ROOT.resolve("bom/.flattened-pom.xml");
        assertThat(flattened)
                .as("bom/.flattened-pom.xml, written when the BOM is built")
                .isRegularFile();
        String bom = Files.readString(flattened, StandardCharsets.UTF_8);

        for (String pom : List.of(parent, bom)) {
            assertThat(pom)
                    .contains("<url>https://github.com/i3dsession/i3d-session-java</url>")
                    .contains("<name>Apache License, Version 2.0</name>")
                    .contains("<developers>")
                    .contains("<connection>scm:git:https://github.com/i3dsession/i3d-session-java.git</connection>")
                    .contains("<issueManagement>");
        }
        assertThat(parent)
                .as("module urls and scm must not get the artifactId appended")
                .contains("child.project.url.inherit.append.path=\"false\"")
                .contains("child.scm.url.inherit.append.path=\"false\"");
    }

    @Test
    void theRepositoryHasTheApacheLicenseAndANotice() throws IOException {
        String license = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);

        assertThat(license)
                .startsWith("\n                                 Apache License\n")
                .contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION")
                .contains("END OF TERMS AND CONDITIONS");
        assertThat(license.lines().count()).isEqualTo(202);
        assertThat(ROOT.resolve("NOTICE")).isRegularFile();
    }
}
