package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's promises to a new user true: its "Add it to your build" XML and "Use it" code are what
 * examples/consumer-readme builds and tests, its version is this build's, and "What each transport brings" lists
 * what each transport's SBOM (target/bom.json, the same tree {@code dependency:tree} shows) says it brings.
 */
class ReadmeClaimsTest {
    private static final Path DOCS =
            Path.of(System.getProperty("docs.dir", "")).toAbsolutePath().normalize();
    private static final Path ROOT = DOCS.getParent();
    private static final Path EXAMPLE = ROOT.resolve("examples/consumer-readme");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern TRANSPORT_ROW = Pattern.compile("^\\| `(transport-[a-z0-9-]+)` \\|(.*)\\|$");

    @Test
    void theConsumerExamplesPomIsTheReadmeSnippetWithTheTestDependencies() throws IOException {
        List<String> readmeXml = fence(read(ROOT.resolve("README.md")), "## Add it to your build", "xml");
        List<String> testXml = fence(read(DOCS.resolve("getting-started.md")), "## 8. Test it", "xml");
        int closing = readmeXml.lastIndexOf("</dependencies>");
        List<String> expected = new ArrayList<>(readmeXml.subList(0, closing));
        testXml.forEach(line -> expected.add("  " + line));
        expected.add("</dependencies>");

        List<String> pom = read(EXAMPLE.resolve("pom.xml"));
        int from = indexOfStripped(pom, "<properties>");
        int to = lastIndexOfStripped(pom, "</dependencies>");

        assertThat(DocsSamplesTest.normalize(pom.subList(from, to + 1))).isEqualTo(DocsSamplesTest.normalize(expected));
    }

    @Test
    void theConsumerExamplesCodeIsTheReadmeUsage() throws IOException {
        List<String> readme = read(ROOT.resolve("README.md"));
        int begin = indexOfPrefix(readme, "<!-- BEGIN readme-usage");
        List<String> usage = fence(readme.subList(begin, readme.size()), readme.get(begin), "java");
        List<String> imports =
                usage.stream().filter(line -> line.startsWith("import ")).collect(Collectors.toList());
        List<String> code = usage.subList(imports.size(), usage.size());
        String source = Files.readString(
                EXAMPLE.resolve("src/main/java/com/example/readme/WhoAmI.java"), StandardCharsets.UTF_8);

        assertThat(imports).as("the README's imports").isNotEmpty();
        assertThat(source.lines().map(String::strip).filter(line -> line.startsWith("import ")))
                .containsExactlyElementsOf(imports);
        assertThat(DocsSamplesTest.normalize(source.lines().collect(Collectors.toList())))
                .contains(
                        DocsSamplesTest.normalize(code).replace("\n", "\n    ").stripTrailing());
    }

    @Test
    void theReadmeImportsTheVersionThisBuildMakes() throws IOException {
        List<String> readmeXml = fence(read(ROOT.resolve("README.md")), "## Add it to your build", "xml");

        assertThat(readmeXml)
                .as("the BOM version in the README")
                .contains("      <version>" + System.getProperty("project.version") + "</version>");
    }

    @Test
    void eachTransportBringsWhatTheReadmeSays() throws IOException {
        Map<String, TreeSet<String>> claimed = new LinkedHashMap<>();
        List<String> readme = read(ROOT.resolve("README.md"));
        int heading = indexOfPrefix(readme, "### What each transport brings");
        int tableEnd = indexOfPrefix(readme.subList(heading + 1, readme.size()), "#") + heading + 1;
        for (String line : readme.subList(heading, tableEnd)) {
            Matcher row = TRANSPORT_ROW.matcher(line);
            if (row.matches()) {
                TreeSet<String> names = new TreeSet<>();
                Matcher name = TICKED.matcher(row.group(2));
                while (name.find()) {
                    names.add(name.group(1));
                }
                claimed.put(row.group(1), names);
            }
        }

        assertThat(claimed).containsOnlyKeys("transport-jdk", "transport-httpclient5", "transport-feign");
        claimed.forEach((transport, names) ->
                assertThat(names).as("what %s brings", transport).isEqualTo(sbomComponents(transport)));
    }

    /** The artifactIds of the components in a module's CycloneDX SBOM: its compile and runtime dependencies. */
    private static TreeSet<String> sbomComponents(String module) {
        Path sbom = ROOT.resolve(module).resolve("target/bom.json");
        assertThat(sbom)
                .as("run `./mvnw -B verify` from the project root: %s's SBOM is made when it is packaged", module)
                .isRegularFile();
        try {
            JsonNode components = new ObjectMapper().readTree(sbom.toFile()).path("components");
            TreeSet<String> names = new TreeSet<>();
            components.forEach(component -> names.add(component.path("name").asText()));
            return names;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + sbom, e);
        }
    }

    /** The lines of the first fence of the language after the line that starts with {@code after}. */
    private static List<String> fence(List<String> lines, String after, String language) {
        int start = indexOfPrefix(lines, after);
        int open = start;
        while (!lines.get(open).strip().equals("```" + language)) {
            open++;
        }
        int close = open + 1;
        while (!lines.get(close).strip().equals("```")) {
            close++;
        }
        return new ArrayList<>(lines.subList(open + 1, close));
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static int indexOfStripped(List<String> lines, String line) {
        int index =
                lines.stream().map(String::strip).collect(Collectors.toList()).indexOf(line);
        assertThat(index).as("a line %s", line).isNotNegative();
        return index;
    }

    private static int lastIndexOfStripped(List<String> lines, String line) {
        int index =
                lines.stream().map(String::strip).collect(Collectors.toList()).lastIndexOf(line);
        assertThat(index).as("a line %s", line).isNotNegative();
        return index;
    }

    private static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
