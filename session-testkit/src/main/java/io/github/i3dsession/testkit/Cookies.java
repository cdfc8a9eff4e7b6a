package io.github.i3dsession.testkit;

import java.util.List;

/** Reads request {@code Cookie} headers. */
final class Cookies {
    private Cookies() {}

    /**
     * Returns the value of the first cookie named {@code name} in {@code cookieHeaders} (each
     * {@code a=1; b=2}), or null if there is none or it is empty.
     */
    static String value(List<String> cookieHeaders, String name) {
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                    String value = pair.substring(eq + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value.isEmpty() ? null : value;
                }
            }
        }
        return null;
    }
}
