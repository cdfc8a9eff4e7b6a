package io.github.i3dsession.spring.boot;

import io.github.i3dsession.api.OtpSource;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionClientBuilder;
import io.github.i3dsession.api.SessionObserver;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Builds the client from the properties. Each property is checked where the builder would only say "baseUri" or
 * "callTimeout", so that a startup failure names the property to fix; no message ever quotes a secret.
 */
final class ClientFactory {
    private static final String P = SessionProperties.PREFIX + ".";

    private ClientFactory() {}

    static SessionClient create(
            SessionProperties properties, SessionTransport transport, List<SessionObserver> observers) {
        SessionClientBuilder builder = SessionClient.builder()
                .transport(transport)
                .connectTimeout(positive("connect-timeout", properties.getConnectTimeout()))
                .requestTimeout(positive("request-timeout", properties.getRequestTimeout()))
                .callTimeout(positive("call-timeout", properties.getCallTimeout()))
                .maxResponseBytes(maxResponseBytes(properties));
        if (properties.getRequestTimeout().compareTo(properties.getCallTimeout()) > 0) {
            throw new InvalidSessionPropertyException(
                    P + "request-timeout",
                    "(" + properties.getRequestTimeout() + ") is longer than " + P + "call-timeout ("
                            + properties.getCallTimeout() + ")",
                    "Make " + P + "call-timeout at least as long as " + P + "request-timeout.",
                    null);
        }
        if (hasText(properties.getApiKey())) {
            builder.apiKey(properties.getApiKey());
        }
        autoLogin(builder, properties.getAutoLogin());
        observers.forEach(builder::addObserver);
        URI baseUrl = checkedBaseUrl(properties.getBaseUrl());
        builder.baseUri(baseUrl);
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            // The timeouts were checked above and the transport is given, so the builder can only refuse the URL.
            throw invalidBaseUrl("is not usable: " + e.getMessage(), e);
        }
    }

    private static URI checkedBaseUrl(URI baseUrl) {
        if (baseUrl == null) {
            throw invalidBaseUrl("is empty", null);
        }
        // Checked before the builder's checks, whose messages quote the URL: user info may hold a password.
        if (baseUrl.getRawUserInfo() != null) {
            throw invalidBaseUrl("must not contain user info; set " + P + "api-key for credentials", null);
        }
        return baseUrl;
    }

    private static InvalidSessionPropertyException invalidBaseUrl(String problem, Throwable cause) {
        return new InvalidSessionPropertyException(
                P + "base-url",
                problem,
                "Set " + P + "base-url to an absolute https URL such as https://api.i3d.net"
                        + " (plain http only to a loopback host).",
                cause);
    }

    private static void autoLogin(SessionClientBuilder builder, SessionProperties.AutoLogin autoLogin) {
        String user = autoLogin.getUserName();
        if (!hasText(user)) {
            if (hasText(autoLogin.getPassword()) || hasText(autoLogin.getTotpSecret())) {
                throw new InvalidSessionPropertyException(
                        P + "auto-login.user-name",
                        "is not set, but a password or TOTP secret for automatic login is",
                        "Set " + P + "auto-login.user-name, or remove the other " + P + "auto-login properties.",
                        null);
            }
            return;
        }
        String password = autoLogin.getPassword();
        if (password == null || password.isEmpty()) {
            throw new InvalidSessionPropertyException(
                    P + "auto-login.password",
                    "is not set, but " + P + "auto-login.user-name is",
                    "Set " + P + "auto-login.password, for example from an environment variable or a vault.",
                    null);
        }
        if (!hasText(autoLogin.getTotpSecret())) {
            builder.autoLogin(() -> SessionLogin.of(user, password));
            return;
        }
        OtpSource totp;
        try {
            totp = Totp.fromBase32(autoLogin.getTotpSecret());
        } catch (IllegalArgumentException e) {
            // Totp's message names the position of a bad character, never the secret.
            throw new InvalidSessionPropertyException(
                    P + "auto-login.totp-secret",
                    "is not a usable base32 TOTP secret: " + e.getMessage(),
                    "Set " + P + "auto-login.totp-secret to the base32 secret the authenticator was set up with.",
                    e);
        }
        builder.autoLogin(() -> SessionLogin.of(user, password), totp);
    }

    static Duration positive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new InvalidSessionPropertyException(
                    P + name,
                    "must be positive (was " + value + ")",
                    "Set " + P + name + " to a positive duration such as 10s.",
                    null);
        }
        return value;
    }

    private static long maxResponseBytes(SessionProperties properties) {
        if (properties.getMaxResponseBytes() == null
                || properties.getMaxResponseBytes().toBytes() <= 0) {
            throw new InvalidSessionPropertyException(
                    P + "max-response-bytes",
                    "must be positive (was " + properties.getMaxResponseBytes() + ")",
                    "Set " + P + "max-response-bytes to a positive size such as 1MB.",
                    null);
        }
        return properties.getMaxResponseBytes().toBytes();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
