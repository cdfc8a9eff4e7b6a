package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the Java in the guide true: every {@code ```java} fence in {@code docs/*.md} and the README is preceded by
 * {@code <!-- sample: <id> -->} and shows exactly the code between {@code // BEGIN: <id>} and {@code // END: <id>}
 * in this module's test sources, which ordinary tests compile and run, preceded by the imports of that source file
 * whose simple names the region uses and a blank line, so that every sample shows its imports. A fence preceded by
 * {@code <!-- resource: <path> -->} shows exactly that test resource.
 */
class DocsSamplesTest {
    static final List<String> PAGES = List.of(
            "README.md",
            "getting-started.md",
            "choosing-a-transport.md",
            "errors.md",
            "security.md",
            "networks.md",
            "writing-an-adapter.md",
            "architecture.md",
            "testing-your-app.md",
            "staying-logged-in.md",
            "why.md",
            "cli.md",
            "observability.md",
            "spring-boot.md");

    private static final Pattern BEGIN = Pattern.compile("^\\s*// BEGIN: (\\S+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// END: (\\S+)\\s*$");
    private static final Pattern SAMPLE_MARKER = Pattern.compile("^<!-- sample: (\\S+) -->$");
    private static final Pattern RESOURCE_MARKER = Pattern.compile("^<!-- resource: (\\S+) -->$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}```\\s*([^`\\s]*).*$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(?:#([^)\\s]*))?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?[\\w.]+\\.(\\w+);$");
    /** The README's own example is checked by transport-jdk's ReadmeExampleTest. */
    private static final String README_BLOCK_BEGIN = "<!-- BEGIN readme-usage";

    private static final String README_BLOCK_END = "<!-- END readme-usage";

    private static final Path DOCS =
            Path.of(System.getProperty("docs.dir", "")).toAbsolutePath().normalize();
    private static final Path README = DOCS.resolve("../README.md").normalize();
    private static final Path SAMPLE_SOURCES = DOCS.resolve("src/test/java");
    private static final Path TEST_RESOURCES = DOCS.resolve("src/test/resources");

    @Test
    void everyPageOfTheGuideExists() {
        assertThat(PAGES).allSatisfy(page -> assertThat(DOCS.resolve(page)).isRegularFile());
    }

    @TestFactory
    Stream<DynamicTest> everyJavaFenceShowsItsCompiledSample() {
        Map<String, String> samples = samples();
        Stream<Fence> checked = fences().stream().filter(f -> f.isJava() || f.marker != null);
        return checked.map(fence -> DynamicTest.dynamicTest(fence.toString(), () -> {
            if (fence.isJava()) {
                assertThat(fence.marker)
                        .as("%s: a ```java fence must be preceded by <!-- sample: <id> -->", fence)
                        .isNotNull();
            }
            if (fence.sampleId() != null) {
                assertThat(fence.isJava())
                        .as("%s: <!-- sample: --> must be followed by a ```java fence", fence)
                        .isTrue();
                assertThat(samples)
                        .as("%s: no // BEGIN: %s region in %s", fence, fence.sampleId(), SAMPLE_SOURCES)
                        .containsKey(fence.sampleId());
                assertThat(fence.code).as("%s differs from its sample", fence).isEqualTo(samples.get(fence.sampleId()));
            }
            if (fence.resourcePath() != null) {
                Path resource = TEST_RESOURCES.resolve(fence.resourcePath());
                assertThat(resource).as("%s: test resource", fence).isRegularFile();
                assertThat(fence.code).as("%s differs from %s", fence, resource).isEqualTo(normalize(lines(resource)));
            }
        }));
    }

    @Test
    void everyMarkerIsFollowedByAFence() {
        List<String> dangling = new ArrayList<>();
        for (Path file : markdownFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean marker = SAMPLE_MARKER.matcher(line).matches()
                        || RESOURCE_MARKER.matcher(line).matches();
                if (marker
                        && (i + 1 == lines.size()
                                || !FENCE.matcher(lines.get(i + 1)).matches())) {
                    dangling.add(DOCS.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(dangling).as("markers not immediately followed by a fence").isEmpty();
    }

    @Test
    void everySampleIsShownInTheGuide() {
        TreeSet<String> shown = fences().stream()
                .map(Fence::sampleId)
                .filter(id -> id != null)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(samples().keySet()))
                .as("// BEGIN: regions that no page shows")
                .isSubsetOf(shown);
    }

    @Test
    void relativeLinksAndAnchorsResolve() {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = LINK.matcher(lines.get(i));
                while (link.find()) {
                    String target = link.group(1);
                    String anchor = link.group(2);
                    if (target.contains("://") || target.startsWith("mailto:")) {
                        continue;
                    }
                    Path linked = target.isEmpty()
                            ? file
                            : file.getParent().resolve(target).normalize();
                    String where = DOCS.relativize(file) + ":" + (i + 1) + " -> " + link.group();
                    if (!Files.exists(linked)) {
                        broken.add(where + " (no such file)");
                    } else if (anchor != null && !anchors(linked).contains(anchor)) {
                        broken.add(where + " (no such heading)");
                    }
                }
            }
        }
        assertThat(broken).as("relative links to missing files or headings").isEmpty();
    }

    /** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    static List<String> anchors(Path page) {
        List<String> anchors = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines(page)) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches()) {
                anchors.add(heading.group(1)
                        .strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** Every region between // BEGIN: id and // END: id in the test sources, normalized, by id. */
    static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SAMPLE_SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                Map<String, List<String>> open = new LinkedHashMap<>();
                List<String> lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    Matcher begin = BEGIN.matcher(line);
                    Matcher end = END.matcher(line);
                    if (begin.matches()) {
                        String id = begin.group(1);
                        if (samples.containsKey(id) || open.containsKey(id)) {
                            throw new AssertionError(
                                    "sample " + id + " is defined twice; again at " + file + ":" + (i + 1));
                        }
                        open.put(id, new ArrayList<>());
                    } else if (end.matches()) {
                        List<String> region = open.remove(end.group(1));
                        if (region == null) {
                            throw new AssertionError(
                                    "// END: " + end.group(1) + " without BEGIN at " + file + ":" + (i + 1));
                        }
                        samples.put(end.group(1), withImports(normalize(region), lines));
                    } else {
                        open.values().forEach(region -> region.add(line));
                    }
                }
                if (!open.isEmpty()) {
                    throw new AssertionError("samples " + open.keySet() + " have no // END: in " + file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    /** The file's imports whose simple name the region uses, a blank line, then the region. */
    static String withImports(String region, List<String> fileLines) {
        // A region that begins with the file's imports (a whole class as the sample) shows them once, not twice.
        Set<String> own = region.lines().map(String::strip).collect(Collectors.toSet());
        List<String> used = new ArrayList<>();
        for (String line : fileLines) {
            Matcher imported = IMPORT.matcher(line.strip());
            if (imported.matches()
                    && !own.contains(line.strip())
                    && Pattern.compile("\\b" + imported.group(1) + "\\b")
                            .matcher(region)
                            .find()) {
                used.add(line.strip());
            }
        }
        return used.isEmpty() ? region : String.join("\n", used) + "\n\n" + region;
    }

    /** Every fenced block of every page and of the README, except the README's own checked example. */
    static List<Fence> fences() {
        List<Fence> fences = new ArrayList<>();
        for (Path file : markdownFiles()) {
            List<String> lines = lines(file);
            boolean inReadmeBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith(README_BLOCK_BEGIN)) {
                    inReadmeBlock = true;
                } else if (line.startsWith(README_BLOCK_END)) {
                    inReadmeBlock = false;
                }
                Matcher open = FENCE.matcher(line);
                if (!open.matches()) {
                    continue;
                }
                int start = i;
                List<String> code = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    code.add(lines.get(i));
                }
                if (i == lines.size()) {
                    throw new AssertionError("unclosed fence at " + file.getFileName() + ":" + (start + 1));
                }
                if (!inReadmeBlock) {
                    String previous = start == 0 ? "" : lines.get(start - 1).strip();
                    fences.add(new Fence(
                            DOCS.relativize(file).toString(),
                            start + 1,
                            open.group(1),
                            previous.startsWith("<!-- sample:") || previous.startsWith("<!-- resource:")
                                    ? previous
                                    : null,
                            normalize(code)));
                }
            }
        }
        return fences;
    }

    static List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> pages = Files.list(DOCS)) {
            pages.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(README);
        return files;
    }

    /** Trailing whitespace, leading and trailing blank lines and the common indentation removed. */
    static String normalize(Collection<String> lines) {
        List<String> stripped = lines.stream().map(String::stripTrailing).collect(Collectors.toList());
        while (!stripped.isEmpty() && stripped.get(0).isEmpty()) {
            stripped.remove(0);
        }
        while (!stripped.isEmpty() && stripped.get(stripped.size() - 1).isEmpty()) {
            stripped.remove(stripped.size() - 1);
        }
        int indent = stripped.stream()
                .filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return stripped.stream()
                .map(l -> l.isEmpty() ? l : l.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One fenced block: where it is, its info string, the marker line before it, and its normalized code. */
    static final class Fence {
        final String file;
        final int line;
        final String language;
        final String marker;
        final String code;

        Fence(String file, int line, String language, String marker, String code) {
            this.file = file;
            this.line = line;
            this.language = language;
            this.marker = marker;
            this.code = code;
        }

        boolean isJava() {
            return language.equalsIgnoreCase("java");
        }

        String sampleId() {
            Matcher m = marker == null ? null : SAMPLE_MARKER.matcher(marker);
            return m != null && m.matches() ? m.group(1) : null;
        }

        String resourcePath() {
            Matcher m = marker == null ? null : RESOURCE_MARKER.matcher(marker);
            return m != null && m.matches() ? m.group(1) : null;
        }

        @Override
        public String toString() {
            return file + ":" + line
                    + (marker == null
                            ? " (" + (language.isEmpty() ? "text" : language) + ")"
                            : " " + marker.replace("<!-- ", "").replace(" -->", ""));
        }
    }
}
