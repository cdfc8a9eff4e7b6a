package io.github.i3dsession.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The properties table of docs/spring-boot.md lists exactly the properties of the generated configuration metadata,
 * each with its default and its description (from the Javadoc of its field).
 */
class PropertiesTableTest {
    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    private static final Path PAGE = Path.of("../docs/spring-boot.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(i3d\\.session\\.[^`]+)` \\| (.+?) \\| (.+) \\|$");

    @Test
    void theDocumentedTableIsTheGeneratedMetadata() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(PAGE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                documented.put(row.group(1), row.group(2) + " | " + row.group(3));
            }
        }

        assertThat(documented).isEqualTo(generated());
    }

    @Test
    void everyPropertyHasADescription() throws IOException {
        assertThat(generated()).allSatisfy((name, row) -> assertThat(row).doesNotEndWith("| null"));
    }

    private static Map<String, String> generated() throws IOException {
        assertThat(METADATA)
                .as("run the build: the configuration processor writes it")
                .isRegularFile();
        JsonNode metadata = new ObjectMapper().readTree(METADATA.toFile());
        Map<String, String> generated = new TreeMap<>();
        for (JsonNode property : metadata.get("properties")) {
            JsonNode defaultValue = property.get("defaultValue");
            String shown = defaultValue == null ? "(none)" : "`" + defaultValue.asText() + "`";
            generated.put(
                    property.get("name").asText(),
                    shown + " | " + property.path("description").asText("null"));
        }
        return generated;
    }
}
