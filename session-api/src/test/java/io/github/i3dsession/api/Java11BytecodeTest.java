package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class Java11BytecodeTest {

    @Test
    void everyMainClassIsAJava11ClassFile() throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(Paths.get("target/classes"))) {
            classes = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }

        assertThat(classes).hasSizeGreaterThan(20);
        for (Path file : classes) {
            assertThat(majorVersion(file)).as(file.toString()).isEqualTo(55);
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
