package com.example.junit510;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * What session-testkit must not do to this project: replace its JUnit with a newer one, or add a test library it
 * did not ask for.
 */
class TestClassPathTest {

    @Test
    void theJupiterApiOnTheClassPathIsTheOnePinnedHere() {
        String version = Test.class.getPackage().getImplementationVersion();

        assertTrue(version != null && version.startsWith("5.10."), "junit-jupiter-api version: " + version);
        assertTrue(
                jarOf(Test.class).startsWith("junit-jupiter-api-5.10."),
                "junit-jupiter-api jar: " + jarOf(Test.class));
    }

    @Test
    void theJunitPlatformOnTheClassPathIsTheOneOfJupiter510() {
        assertTrue(
                jarOf(Testable.class).startsWith("junit-platform-commons-1.10."),
                "junit-platform-commons jar: " + jarOf(Testable.class));
    }

    @Test
    void neitherAssertjNorByteBuddyComesAlong() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.assertj.core.api.Assertions"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("net.bytebuddy.ByteBuddy"));
    }

    @Test
    void theContractKitIsNotOnTheClassPath() {
        assertNull(TestClassPathTest.class
                        .getClassLoader()
                        .getResource("io/github/i3dsession/testkit/contract/SessionClientContract.class"),
                "session-testkit-contract came along with session-testkit");
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getFileName()
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
