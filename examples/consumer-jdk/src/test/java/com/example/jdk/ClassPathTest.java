package com.example.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.i3dsession.api.spi.SessionTransportProvider;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What this example promises about its build: Java 11 class files, and one transport to discover. */
class ClassPathTest {

    @Test
    void mainCodeIsCompiledForJava11() throws IOException {
        try (InputStream in = WhoAmI.class.getResourceAsStream("WhoAmI.class")) {
            assertNotNull(in, "WhoAmI.class on the class path");
            DataInputStream data = new DataInputStream(in);
            assertEquals(0xCAFEBABE, data.readInt(), "class file magic");
            data.readUnsignedShort(); // minor version
            assertEquals(55, data.readUnsignedShort(), "class file major version (55 = Java 11)");
        }
    }

    @Test
    void theJdkTransportIsTheOnlyOneToDiscover() {
        List<String> providers = ServiceLoader.load(SessionTransportProvider.class).stream()
                .map(provider -> provider.type().getName())
                .collect(Collectors.toList());

        assertEquals(List.of("io.github.i3dsession.transport.jdk.JdkTransportProvider"), providers);
    }
}
