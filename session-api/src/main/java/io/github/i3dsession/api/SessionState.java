package io.github.i3dsession.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A logged-in session that can be saved and resumed later, in another process: the base URI it belongs to and the
 * cookies the server set.
 *
 * <p><strong>A SessionState is a credential.</strong> Whoever holds it, or its {@link #toJson() JSON}, is logged in
 * as the user until the session ends on the server. Store it like a password: encrypted or in a secret store,
 * readable only by the account that runs the application, never in logs, tickets or version control. Log out when
 * it is no longer needed.
 *
 * <pre>{@code
 * String saved = state.toJson();            // write to a secret store
 * SessionState resumed = SessionState.fromJson(saved);
 * }</pre>
 *
 * <p>The JSON is versioned: {@code {"version":1,"baseUri":"https://api.i3d.net","cookies":[{"name":..,"value":..,
 * "host":..,"path":..,"expiresAt":"2030-01-01T00:00:00Z","secure":true}]}}, with {@code expiresAt} left out for
 * session cookies. Every cookie belongs to the base URI's host. {@link #toString()} shows names, hosts, paths and
 * expiry, never a value. Immutable and thread-safe.
 */
public final class SessionState {
    private final URI baseUri;
    private final List<Cookie> cookies;

    private SessionState(URI baseUri, List<Cookie> cookies) {
        this.baseUri = baseUri;
        this.cookies = cookies;
    }

    /**
     * Returns a session state.
     *
     * @param baseUri the API base URI the session belongs to: absolute {@code http} or {@code https} with a host,
     *     without user info, query or fragment; not null
     * @param cookies the session cookies, each for the host of {@code baseUri}; not null, no null elements; copied
     * @return the state
     * @throws IllegalArgumentException if {@code baseUri} is not such a URI, a cookie is for another host, or two
     *     cookies have the same name and path
     */
    public static SessionState of(URI baseUri, List<Cookie> cookies) {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(cookies, "cookies");
        checkBaseUri(baseUri);
        String host = baseUri.getHost().toLowerCase(Locale.ROOT);
        List<Cookie> copy = new ArrayList<>(cookies.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cookies.size(); i++) {
            Cookie cookie = Objects.requireNonNull(cookies.get(i), "cookies[" + i + "]");
            if (!cookie.host.equals(host)) {
                throw new IllegalArgumentException(
                        "cookies[" + i + "].host " + cookie.host + " is not the host of baseUri (" + host + ")");
            }
            if (!seen.add(cookie.name + ' ' + cookie.path)) {
                throw new IllegalArgumentException(
                        "cookies[" + i + "] repeats the name " + cookie.name + " for path " + cookie.path);
            }
            copy.add(cookie);
        }
        return new SessionState(baseUri, List.copyOf(copy));
    }

    /**
     * Reads a state written by {@link #toJson()}, dropping cookies that have expired by the system clock.
     *
     * @param json the JSON text, not null
     * @return the state
     * @throws IllegalArgumentException if the text is not JSON, has another {@code version} than 1, lacks a
     *     required property, has one of the wrong type, or breaks a rule of {@link #of(URI, List)} or
     *     {@link Cookie#of}; the message names the property and never shows a cookie value
     */
    public static SessionState fromJson(String json) {
        return fromJson(json, Clock.systemUTC());
    }

    /** As {@link #fromJson(String)}, with the clock that decides which cookies have expired. */
    static SessionState fromJson(String json, Clock clock) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(clock, "clock");
        SessionState read = SessionStateJson.read(json);
        Instant now = clock.instant();
        List<Cookie> live = new ArrayList<>(read.cookies.size());
        for (Cookie cookie : read.cookies) {
            if (cookie.expiresAt == null || cookie.expiresAt.isAfter(now)) {
                live.add(cookie);
            }
        }
        return new SessionState(read.baseUri, List.copyOf(live));
    }

    /**
     * Writes this state as version 1 JSON, which {@link #fromJson(String)} reads. The text holds the cookie values:
     * it is a credential.
     *
     * @return the JSON text
     */
    public String toJson() {
        return SessionStateJson.write(this);
    }

    /**
     * Returns the API base URI the session belongs to.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Returns the session cookies.
     *
     * @return an unmodifiable list
     */
    public List<Cookie> cookies() {
        return cookies;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SessionState)) {
            return false;
        }
        SessionState that = (SessionState) o;
        return baseUri.equals(that.baseUri) && cookies.equals(that.cookies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUri, cookies);
    }

    /** Shows the base URI and each cookie's name, host, path, expiry and flag; never a value. */
    @Override
    public String toString() {
        return "SessionState{baseUri=" + baseUri + ", cookies=" + cookies + '}';
    }

    private static void checkBaseUri(URI baseUri) {
        String scheme = baseUri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("baseUri must be an absolute http or https URI");
        }
        // Checked before the URI is ever shown: user info would be a credential.
        if (baseUri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUri must not contain user info");
        }
        if (baseUri.getHost() == null || baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUri must have a host and no query or fragment: " + baseUri);
        }
    }

    /**
     * One cookie of a {@link SessionState}. Its {@link #value()} is secret; {@link #toString()} leaves it out.
     * Immutable and thread-safe.
     */
    public static final class Cookie {
        private final String name;
        private final String value;
        private final String host;
        private final String path;
        private final Instant expiresAt;
        private final boolean secure;

        private Cookie(String name, String value, String host, String path, Instant expiresAt, boolean secure) {
            this.name = name;
            this.value = value;
            this.host = host;
            this.path = path;
            this.expiresAt = expiresAt;
            this.secure = secure;
        }

        /**
         * Returns a cookie.
         *
         * @param name the name: a non-empty token without spaces, separators or control characters; not null
         * @param value the value: printable ASCII without {@code ;}; may be empty; not null
         * @param host the host it is sent to (host-only, compared case-insensitively); not null or empty
         * @param path the path it applies to, starting with {@code /}; not null
         * @param expiresAtOrNull when it expires, or null for a cookie that lasts as long as the session
         * @param secure whether it is sent over https only
         * @return the cookie
         * @throws IllegalArgumentException if an argument breaks these rules; the message never shows the value
         */
        public static Cookie of(
                String name, String value, String host, String path, Instant expiresAtOrNull, boolean secure) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(path, "path");
            if (name.isEmpty() || !name.chars().allMatch(Cookie::isTokenChar)) {
                throw new IllegalArgumentException("name is not a cookie name token: " + name);
            }
            // Only what would break or inject into a Cookie header is refused: servers use commas, quotes and more.
            if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != ';')) {
                throw new IllegalArgumentException("value of cookie " + name + " has a character a cookie cannot hold");
            }
            if (host.isEmpty() || !host.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '/')) {
                throw new IllegalArgumentException("host must be a host name: " + host);
            }
            if (!path.startsWith("/") || !path.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ';')) {
                throw new IllegalArgumentException("path must start with / and hold no spaces, ; or controls");
            }
            return new Cookie(name, value, host.toLowerCase(Locale.ROOT), path, expiresAtOrNull, secure);
        }

        private static boolean isTokenChar(int c) {
            return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
        }

        /**
         * Returns the name.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the value. It is a secret: do not log it.
         *
         * @return the value
         */
        public String value() {
            return value;
        }

        /**
         * Returns the host the cookie is sent to, in lower case.
         *
         * @return the host
         */
        public String host() {
            return host;
        }

        /**
         * Returns the path the cookie applies to.
         *
         * @return the path, starting with {@code /}
         */
        public String path() {
            return path;
        }

        /**
         * Returns when the cookie expires.
         *
         * @return the instant, or empty for a cookie that lasts as long as the session
         */
        public Optional<Instant> expiresAt() {
            return Optional.ofNullable(expiresAt);
        }

        /**
         * Returns whether the cookie is sent over https only.
         *
         * @return true for a {@code Secure} cookie
         */
        public boolean secure() {
            return secure;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Cookie)) {
                return false;
            }
            Cookie that = (Cookie) o;
            return secure == that.secure
                    && name.equals(that.name)
                    && value.equals(that.value)
                    && host.equals(that.host)
                    && path.equals(that.path)
                    && Objects.equals(expiresAt, that.expiresAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, value, host, path, expiresAt, secure);
        }

        /** Shows name, host, path, expiry and the secure flag; never the value. */
        @Override
        public String toString() {
            return "Cookie{name=" + name + ", host=" + host + ", path=" + path
                    + (expiresAt == null ? "" : ", expiresAt=" + expiresAt)
                    + (secure ? ", secure" : "") + '}';
        }
    }
}
