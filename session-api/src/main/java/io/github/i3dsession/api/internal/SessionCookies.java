package io.github.i3dsession.api.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The session cookies of one client: whatever cookies the server sets (any name), kept in memory, sent back to
 * the same host only, honouring Path, Max-Age, Expires and Secure (RFC 6265, host-only: a Domain attribute never
 * widens where a cookie goes). Thread-safe. Values are never logged or shown.
 */
final class SessionCookies {
    private final Clock clock;
    private final List<Cookie> cookies = new ArrayList<>();

    SessionCookies(Clock clock) {
        this.clock = clock;
    }

    /** Stores the cookies of {@code Set-Cookie} header values received for a request to {@code uri}. */
    void store(URI uri, List<String> setCookieHeaders) {
        if (setCookieHeaders.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        synchronized (cookies) {
            for (String header : setCookieHeaders) {
                Cookie cookie = Cookie.parse(header, uri, now);
                if (cookie == null) {
                    continue;
                }
                cookies.removeIf(
                        c -> c.name.equals(cookie.name) && c.host.equals(cookie.host) && c.path.equals(cookie.path));
                if (cookie.expiresAt == null || cookie.expiresAt.isAfter(now)) {
                    cookies.add(cookie);
                }
            }
        }
    }

    /** Returns the Cookie header value for a request to {@code uri}, or null when no cookie applies. */
    String headerFor(URI uri) {
        String host = normalizedHost(uri);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        Instant now = clock.instant();
        StringBuilder header = null;
        synchronized (cookies) {
            for (Iterator<Cookie> it = cookies.iterator(); it.hasNext(); ) {
                Cookie cookie = it.next();
                if (cookie.expiresAt != null && !cookie.expiresAt.isAfter(now)) {
                    it.remove();
                    continue;
                }
                if (!cookie.host.equals(host) || (cookie.secure && !secure) || !pathMatches(path, cookie.path)) {
                    continue;
                }
                header = header == null ? new StringBuilder() : header.append("; ");
                header.append(cookie.name).append('=').append(cookie.value);
            }
        }
        return header == null ? null : header.toString();
    }

    /** The current cookie values, for redacting them from messages. */
    List<String> values() {
        synchronized (cookies) {
            List<String> values = new ArrayList<>(cookies.size());
            for (Cookie cookie : cookies) {
                values.add(cookie.value);
            }
            return values;
        }
    }

    boolean isEmpty() {
        synchronized (cookies) {
            return cookies.isEmpty();
        }
    }

    void clear() {
        synchronized (cookies) {
            cookies.clear();
        }
    }

    static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    static String normalizedHost(URI uri) {
        String host = uri.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        synchronized (cookies) {
            List<String> names = new ArrayList<>();
            for (Cookie cookie : cookies) {
                names.add(cookie.name);
            }
            return "SessionCookies" + names;
        }
    }

    private static final class Cookie {
        final String name;
        final String value;
        final String host;
        final String path;
        final Instant expiresAt;
        final boolean secure;

        private Cookie(String name, String value, String host, String path, Instant expiresAt, boolean secure) {
            this.name = name;
            this.value = value;
            this.host = host;
            this.path = path;
            this.expiresAt = expiresAt;
            this.secure = secure;
        }

        /** Parses one Set-Cookie value; returns null for one without a name. */
        static Cookie parse(String header, URI uri, Instant now) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                return null;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            if (name.isEmpty()) {
                return null;
            }
            String path = null;
            Instant maxAgeExpiry = null;
            Instant expires = null;
            boolean secure = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                int sep = attribute.indexOf('=');
                String key = (sep < 0 ? attribute : attribute.substring(0, sep))
                        .trim()
                        .toLowerCase(Locale.ROOT);
                String attrValue = sep < 0 ? "" : attribute.substring(sep + 1).trim();
                switch (key) {
                    case "path":
                        path = attrValue.startsWith("/") ? attrValue : null;
                        break;
                    case "max-age":
                        maxAgeExpiry = maxAge(attrValue, now, maxAgeExpiry);
                        break;
                    case "expires":
                        Instant parsed = HttpDates.parse(attrValue);
                        expires = parsed == null ? expires : parsed;
                        break;
                    case "secure":
                        secure = true;
                        break;
                    default:
                        // Domain is ignored on purpose: cookies stay host-only. HttpOnly/SameSite do not apply.
                        break;
                }
            }
            Instant expiresAt = maxAgeExpiry != null ? maxAgeExpiry : expires;
            return new Cookie(
                    name, value, normalizedHost(uri), path == null ? defaultPath(uri) : path, expiresAt, secure);
        }

        private static Instant maxAge(String value, Instant now, Instant previous) {
            try {
                long seconds = Long.parseLong(value);
                return seconds <= 0 ? Instant.MIN : now.plusSeconds(Math.min(seconds, 400L * 24 * 3600));
            } catch (NumberFormatException e) {
                return previous;
            }
        }

        private static String defaultPath(URI uri) {
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/")) {
                return "/";
            }
            int last = path.lastIndexOf('/');
            return last == 0 ? "/" : path.substring(0, last);
        }
    }
}
