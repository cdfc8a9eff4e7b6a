package io.github.i3dsession.spring.boot;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code i3d.session.*} properties from which {@link SessionClientAutoConfiguration} builds the
 * {@code SessionClient}. Unset properties keep the client's defaults.
 *
 * <p>The API key, the password and the TOTP secret are secrets: {@link #toString()} never shows them, and the
 * auto-configuration masks them in the actuator's {@code configprops} and {@code env} endpoints even when those show
 * values.
 */
@ConfigurationProperties(prefix = SessionProperties.PREFIX)
public class SessionProperties {
    /** The prefix of these properties. */
    public static final String PREFIX = "i3d.session";

    /**
     * Base URL of the i3D.net API, such as https://api.i3d.net. Must be https, or http to a loopback host.
     */
    private URI baseUrl = URI.create("https://api.i3d.net");

    /** API key sent as PRIVATE-TOKEN with every request. A secret: never logged or shown. */
    private String apiKey;

    /** Time allowed to open a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Time allowed for one attempt, from sending the request to the end of the response. */
    private Duration requestTimeout = Duration.ofSeconds(30);

    /** Time allowed for a whole call, retries and their pauses included. Not less than request-timeout. */
    private Duration callTimeout = Duration.ofSeconds(60);

    /** Largest response body accepted, such as 1MB (a plain number is bytes); a larger one fails the call. */
    private DataSize maxResponseBytes = DataSize.ofMegabytes(1);

    /**
     * Transport that sends the requests: auto (the single transport on the class path), jdk, httpclient5 or feign.
     * Ignored when the application defines its own SessionTransport bean.
     */
    private Transport transport = Transport.AUTO;

    /** Automatic login with an account of the application's own. */
    private final AutoLogin autoLogin = new AutoLogin();

    /** Micrometer observations of every call and attempt. */
    private final Micrometer micrometer = new Micrometer();

    /** OpenTelemetry spans and metrics of every call and attempt. */
    private final OpenTelemetry opentelemetry = new OpenTelemetry();

    /** The transports the {@code transport} property can name. */
    public enum Transport {
        /** The single transport found on the class path. */
        AUTO,
        /** {@code io.github.i3dsession:transport-jdk}, over {@code java.net.http.HttpClient}. */
        JDK,
        /** {@code io.github.i3dsession:transport-httpclient5}, over Apache HttpClient 5. */
        HTTPCLIENT5,
        /** {@code io.github.i3dsession:transport-feign}, over OpenFeign. */
        FEIGN
    }

    /**
     * The {@code i3d.session.micrometer.*} properties. Turning the observer off is how an application keeps one
     * tracer, when both this and the OpenTelemetry observer would otherwise record each call.
     */
    public static class Micrometer {
        /**
         * Whether calls are recorded as Micrometer observations (i3d.session.call and i3d.session.attempt) when
         * session-micrometer is on the class path and an ObservationRegistry bean exists.
         */
        private boolean enabled = true;

        /** Creates the properties with their defaults; Spring Boot binds them. */
        public Micrometer() {}

        /**
         * Returns whether the Micrometer observer is registered when it can be.
         *
         * @return {@code true} unless turned off
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the Micrometer observer is registered when it can be.
         *
         * @param enabled {@code false} to leave it out
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public String toString() {
            return "Micrometer{enabled=" + enabled + "}";
        }
    }

    /**
     * The {@code i3d.session.opentelemetry.*} properties. Turning the observer off is how an application keeps one
     * tracer, when both this and the Micrometer observer would otherwise record each call.
     */
    public static class OpenTelemetry {
        /**
         * Whether calls are traced with OpenTelemetry (a span per call and per attempt, and the
         * http.client.request.duration histogram) when session-opentelemetry is on the class path and an
         * OpenTelemetry bean exists.
         */
        private boolean enabled = true;

        /** Creates the properties with their defaults; Spring Boot binds them. */
        public OpenTelemetry() {}

        /**
         * Returns whether the OpenTelemetry observer is registered when it can be.
         *
         * @return {@code true} unless turned off
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the OpenTelemetry observer is registered when it can be.
         *
         * @param enabled {@code false} to leave it out
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public String toString() {
            return "OpenTelemetry{enabled=" + enabled + "}";
        }
    }

    /**
     * The {@code i3d.session.auto-login.*} properties: when {@code user-name} is set, the client logs in by itself
     * on first use and again when the session is gone.
     */
    public static class AutoLogin {
        /** User name of the account the client logs in with by itself. Turns automatic login on. */
        private String userName;

        /** Password of the automatic-login account. A secret: never logged or shown. */
        private String password;

        /**
         * Base32 TOTP secret of the automatic-login account, when it has two-factor authentication: the client computes each
         * one-time password from it. A secret: never logged or shown.
         */
        private String totpSecret;

        /**
         * Returns the user name of automatic login.
         *
         * @return the user name, or null when automatic login is off
         */
        public String getUserName() {
            return userName;
        }

        /**
         * Sets the user name of automatic login.
         *
         * @param userName the user name
         */
        public void setUserName(String userName) {
            this.userName = userName;
        }

        /**
         * Returns the password of automatic login.
         *
         * @return the password, or null
         */
        public String getPassword() {
            return password;
        }

        /**
         * Sets the password of automatic login.
         *
         * @param password the password
         */
        public void setPassword(String password) {
            this.password = password;
        }

        /**
         * Returns the base32 TOTP secret of automatic login.
         *
         * @return the secret, or null for an account without two-factor authentication
         */
        public String getTotpSecret() {
            return totpSecret;
        }

        /**
         * Sets the base32 TOTP secret of automatic login.
         *
         * @param totpSecret the secret
         */
        public void setTotpSecret(String totpSecret) {
            this.totpSecret = totpSecret;
        }

        /** Shows the user name and whether the secrets are set, never their values. */
        @Override
        public String toString() {
            return "AutoLogin{userName=" + userName + ", password=" + (password == null ? "unset" : "******")
                    + ", totpSecret=" + (totpSecret == null ? "unset" : "******") + "}";
        }
    }

    /**
     * Returns the base URL.
     *
     * @return the base URL
     */
    public URI getBaseUrl() {
        return baseUrl;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl the base URL
     */
    public void setBaseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Returns the API key.
     *
     * @return the API key, or null
     */
    public String getApiKey() {
        return apiKey;
    }

    /**
     * Sets the API key.
     *
     * @param apiKey the API key
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * Returns the connect timeout.
     *
     * @return the timeout
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * Returns the timeout of one attempt.
     *
     * @return the timeout
     */
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Sets the timeout of one attempt.
     *
     * @param requestTimeout the timeout
     */
    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /**
     * Returns the timeout of a whole call.
     *
     * @return the timeout
     */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /**
     * Sets the timeout of a whole call.
     *
     * @param callTimeout the timeout
     */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /**
     * Returns the largest response body accepted.
     *
     * @return the size
     */
    public DataSize getMaxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Sets the largest response body accepted; a plain number is bytes.
     *
     * @param maxResponseBytes the size
     */
    public void setMaxResponseBytes(DataSize maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Returns the transport to use.
     *
     * @return the transport
     */
    public Transport getTransport() {
        return transport;
    }

    /**
     * Sets the transport to use.
     *
     * @param transport the transport
     */
    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the automatic login properties.
     *
     * @return the automatic login properties, never null
     */
    public AutoLogin getAutoLogin() {
        return autoLogin;
    }

    /**
     * Returns the Micrometer observer's properties.
     *
     * @return the properties, never null
     */
    public Micrometer getMicrometer() {
        return micrometer;
    }

    /**
     * Returns the OpenTelemetry observer's properties.
     *
     * @return the properties, never null
     */
    public OpenTelemetry getOpentelemetry() {
        return opentelemetry;
    }

    /** Shows every setting but the secrets, of which it only says whether they are set. */
    @Override
    public String toString() {
        return "SessionProperties{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "******")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", callTimeout="
                + callTimeout + ", maxResponseBytes=" + maxResponseBytes + ", transport=" + transport
                + ", autoLogin=" + autoLogin + ", micrometer=" + micrometer.enabled + ", opentelemetry="
                + opentelemetry.enabled + "}";
    }
}
