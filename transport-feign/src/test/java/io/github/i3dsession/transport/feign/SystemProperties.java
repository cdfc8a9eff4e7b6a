package io.github.i3dsession.transport.feign;

import java.util.HashMap;
import java.util.Map;

/** Saves and restores system properties a test changes. */
final class SystemProperties {
    private SystemProperties() {}

    static Map<String, String> save(String... names) {
        Map<String, String> saved = new HashMap<>();
        for (String name : names) {
            saved.put(name, System.getProperty(name));
        }
        return saved;
    }

    static void restore(Map<String, String> saved) {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
