package io.github.i3dsession.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Builds the {@code User-Agent} header value: {@code i3d-session-java/<version> (<transport>; Java <version>)}
 * and the application's suffix. Internal: not part of the public API.
 */
final class UserAgent {
    /** The library version, from a resource Maven filters at build time. */
    static final String LIBRARY_VERSION = libraryVersion();

    private UserAgent() {}

    static String of(String transportName, String suffix) {
        String value = "i3d-session-java/" + LIBRARY_VERSION + " (" + token(transportName) + "; Java "
                + token(System.getProperty("java.version", "unknown")) + ")";
        return suffix == null ? value : value + " " + suffix;
    }

    /** Keeps a name that a transport or the JVM reports from breaking the header's comment syntax. */
    private static String token(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != ';' && c != '\\' ? c : '_');
        }
        return out.length() == 0 ? "unknown" : out.toString();
    }

    private static String libraryVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // Fall through to the manifest.
        }
        String fromManifest = UserAgent.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }
}
