package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The main code must run on Java 11: every class file has major version 55. */
class Java11BytecodeTest {

    private static final int JAVA_11_MAJOR_VERSION = 55;

    @Test
    void everyMainClassFileHasJava11MajorVersion() throws IOException {
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(Paths.get("target/classes"))) {
            classFiles = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }

        assertThat(classFiles).hasSizeGreaterThanOrEqualTo(10);
        for (Path classFile : classFiles) {
            assertThat(majorVersion(classFile)).as(classFile.toString()).isEqualTo(JAVA_11_MAJOR_VERSION);
        }
    }

    /** Bytes 0-3 are the magic number, 4-5 the minor and 6-7 the major version (big-endian). */
    private static int majorVersion(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile)) {
            byte[] header = in.readNBytes(8);
            assertThat(header).as(classFile.toString()).hasSize(8).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
            return ((header[6] & 0xFF) << 8) | (header[7] & 0xFF);
        }
    }
}
