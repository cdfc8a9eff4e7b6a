package io.github.i3dsession.spring.boot;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * The secret properties, and the actuator sanitizer that masks them. Spring Boot masks every value by default
 * ({@code management.endpoint.configprops.show-values=never}), but it no longer masks by key name, so an application
 * that shows values would show these too.
 */
final class SecretProperties {
    /**
     * The secret keys with case and separators dropped, so that one entry matches {@code i3d.session.api-key} (env),
     * {@code i3d.session.apiKey} (configprops) and {@code I3D_SESSION_API_KEY} (an environment variable).
     */
    private static final Set<String> KEYS =
            Set.of("i3dsessionapikey", "i3dsessionautologinpassword", "i3dsessionautologintotpsecret");

    private SecretProperties() {}

    static SanitizingFunction sanitizer() {
        return data -> isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(String key) {
        return KEYS.contains(key.toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", ""));
    }
}
