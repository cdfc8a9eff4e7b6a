package io.github.i3dsession.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The adapter runs on Java 11 even though its tests need 17. */
class Java11BytecodeTest {
    private static final int JAVA_11 = 55;

    @Test
    void everyMainClassIsAJava11ClassFile() throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            classes = files.filter(file -> file.toString().endsWith(".class")).collect(Collectors.toList());
        }

        assertThat(classes).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : classes) {
            assertThat(majorVersion(file)).as(file.toString()).isEqualTo(JAVA_11);
        }
    }

    private static int majorVersion(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
