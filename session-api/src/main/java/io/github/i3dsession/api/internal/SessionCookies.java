package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionState;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session cookies of one client: whatever cookies the server sets (any name), kept in memory, sent back to
 * the same host only, honouring Path, Max-Age, Expires and Secure. {@code Set-Cookie} lines are parsed by the
 * algorithm of RFC 6265 §5.2 and stored by §5.3, with these choices:
 *
 * <ul>
 *   <li>A line the algorithm ignores (no {@code =} in its name-value pair, an empty name) is dropped and logged
 *       at DEBUG without its value; it never fails the call that received it. RFC 6265bis would keep a cookie
 *       with an empty name, but it would go back as a bare value no server can tell from a name, so we do not.
 *   <li>As RFC 6265bis §5.6 asks, a line holding a control character (other than tab) is dropped whole, and so
 *       is one whose name and value together exceed 4096 characters; characters beyond ISO-8859-1 are dropped
 *       too, since no transport can send them back in a header.
 *   <li>A {@code Domain} that does not domain-match the request host rejects the cookie (§5.3 step 6). One that
 *       matches keeps it, but host-only: a Domain attribute never widens where a cookie goes, because a client
 *       talks to one API host and a sibling host has no business seeing its session.
 *   <li>Expiry is capped at 400 days (RFC 6265bis); Max-Age wins over Expires; at most 50 cookies are kept,
 *       the oldest evicted first, so a hostile server cannot grow the jar without bound.
 * </ul>
 *
 * <p>Thread-safe. Values are never logged or shown.
 */
final class SessionCookies {
    private static final Logger LOG = LoggerFactory.getLogger(SessionClient.class);
    static final int MAX_COOKIES = 50;
    static final int MAX_NAME_AND_VALUE_CHARS = 4096;
    private static final long MAX_AGE_CAP_SECONDS = 400L * 24 * 3600;

    private final Clock clock;
    private final List<Cookie> cookies = new ArrayList<>();

    // The last Cookie header made, kept while the jar is unchanged, for the same URI object (each client keeps one
    // URI per operation) and until the first of its cookies expires: every getUser sends the same header, so it is
    // built once, not once per call. Guarded by the jar's lock; a change to the jar forgets it.
    private URI cachedUri;
    private String cachedHeader;
    private long cachedUntilMillis;

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
            cachedUri = null;
            for (String header : setCookieHeaders) {
                Cookie cookie = header == null ? null : parse(header, uri, now);
                if (cookie == null) {
                    continue;
                }
                // Loops rather than removeIf with lambdas: this runs on a fresh JVM's first response, where each
                // lambda costs a generated class.
                for (Iterator<Cookie> it = cookies.iterator(); it.hasNext(); ) {
                    Cookie c = it.next();
                    if (c.name.equals(cookie.name) && c.host.equals(cookie.host) && c.path.equals(cookie.path)) {
                        it.remove();
                    }
                }
                if (cookie.expiresAt == null || cookie.expiresAt.isAfter(now)) {
                    for (Iterator<Cookie> it = cookies.iterator(); it.hasNext(); ) {
                        Cookie c = it.next();
                        if (c.expiresAt != null && !c.expiresAt.isAfter(now)) {
                            it.remove();
                        }
                    }
                    if (cookies.size() >= MAX_COOKIES) {
                        cookies.remove(0);
                    }
                    cookies.add(cookie);
                }
            }
        }
    }

    /** Returns the Cookie header value for a request to {@code uri}, or null when no cookie applies. */
    String headerFor(URI uri) {
        long nowMillis = clock.millis();
        synchronized (cookies) {
            // Before nowMillis reaches the floor of the first expiry, the real time is before that expiry too.
            if (uri == cachedUri && nowMillis < cachedUntilMillis) {
                return cachedHeader;
            }
        }
        String host = normalizedHost(uri);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        Instant now = clock.instant();
        StringBuilder header = null;
        synchronized (cookies) {
            Instant firstExpiry = null;
            for (Iterator<Cookie> it = cookies.iterator(); it.hasNext(); ) {
                Cookie cookie = it.next();
                if (cookie.expiresAt != null && !cookie.expiresAt.isAfter(now)) {
                    it.remove();
                    continue;
                }
                if (!cookie.host.equals(host) || (cookie.secure && !secure) || !pathMatches(path, cookie.path)) {
                    continue;
                }
                if (cookie.expiresAt != null && (firstExpiry == null || cookie.expiresAt.isBefore(firstExpiry))) {
                    firstExpiry = cookie.expiresAt;
                }
                header = header == null ? new StringBuilder(64) : header.append("; ");
                header.append(cookie.name).append('=').append(cookie.value);
            }
            cachedUri = uri;
            cachedHeader = header == null ? null : header.toString();
            cachedUntilMillis = firstExpiry == null ? Long.MAX_VALUE : firstExpiry.toEpochMilli();
            return cachedHeader;
        }
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
            cachedUri = null;
            cookies.clear();
        }
    }

    /** The live cookies, for {@code SessionClient.session()}; expired ones are left out. */
    List<SessionState.Cookie> export() {
        Instant now = clock.instant();
        synchronized (cookies) {
            List<SessionState.Cookie> out = new ArrayList<>(cookies.size());
            for (Cookie cookie : cookies) {
                if (cookie.expiresAt == null || cookie.expiresAt.isAfter(now)) {
                    out.add(SessionState.Cookie.of(
                            cookie.name, cookie.value, cookie.host, cookie.path, cookie.expiresAt, cookie.secure));
                }
            }
            return out;
        }
    }

    /** Replaces the jar with a saved session's cookies ({@code SessionClientBuilder.session}). */
    void restore(List<SessionState.Cookie> saved) {
        Instant now = clock.instant();
        synchronized (cookies) {
            cachedUri = null;
            cookies.clear();
            for (SessionState.Cookie c : saved) {
                Instant expiresAt = c.expiresAt().orElse(null);
                if (expiresAt == null || expiresAt.isAfter(now)) {
                    cookies.add(new Cookie(c.name(), c.value(), c.host(), c.path(), expiresAt, c.secure()));
                }
            }
        }
    }

    static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    /** RFC 6265 §5.1.3; an IP address matches only itself. Both arguments are lower case. */
    static boolean domainMatches(String host, String domain) {
        if (host.equals(domain)) {
            return true;
        }
        return host.endsWith(domain) && host.charAt(host.length() - domain.length() - 1) == '.' && !isIpAddress(host);
    }

    static String normalizedHost(URI uri) {
        String host = uri.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /** The names of the cookies kept, oldest first. */
    List<String> names() {
        synchronized (cookies) {
            List<String> names = new ArrayList<>(cookies.size());
            for (Cookie cookie : cookies) {
                names.add(cookie.name);
            }
            return names;
        }
    }

    @Override
    public String toString() {
        return "SessionCookies" + names();
    }

    /** RFC 6265 §5.2 and §5.3 for one Set-Cookie value; null when the cookie is to be ignored. */
    private static Cookie parse(String header, URI uri, Instant now) {
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                LOG.debug("malformed Set-Cookie ignored: it holds a control or non-Latin-1 character");
                return null;
            }
        }
        int semicolon = header.indexOf(';');
        String pair = semicolon < 0 ? header : header.substring(0, semicolon);
        int eq = pair.indexOf('=');
        if (eq < 0) {
            // Without '=' the whole pair may be a bare value: never log any of it.
            LOG.debug("malformed Set-Cookie ignored: no '=' in its name-value pair");
            return null;
        }
        String name = trim(pair.substring(0, eq));
        String value = trim(pair.substring(eq + 1));
        if (name.isEmpty()) {
            LOG.debug("malformed Set-Cookie ignored: empty name");
            return null;
        }
        if (name.length() + value.length() > MAX_NAME_AND_VALUE_CHARS) {
            LOG.debug("malformed Set-Cookie ignored: name and value exceed {} characters", MAX_NAME_AND_VALUE_CHARS);
            return null;
        }
        String host = normalizedHost(uri);
        String path = null;
        String domain = null;
        Instant maxAge = null;
        Instant expires = null;
        boolean secure = false;
        for (int start = semicolon; start >= 0 && start < header.length(); ) {
            int end = header.indexOf(';', start + 1);
            String attribute = header.substring(start + 1, end < 0 ? header.length() : end);
            start = end;
            int sep = attribute.indexOf('=');
            String key = trim(sep < 0 ? attribute : attribute.substring(0, sep)).toLowerCase(Locale.ROOT);
            String attrValue = sep < 0 ? "" : trim(attribute.substring(sep + 1));
            switch (key) {
                case "expires":
                    Instant date = HttpDates.parseCookieDate(attrValue);
                    expires = date == null ? expires : capped(date, now);
                    break;
                case "max-age":
                    Instant age = maxAge(attrValue, now);
                    maxAge = age == null ? maxAge : age;
                    break;
                case "domain":
                    // RFC 6265bis: an empty Domain is ignored; a leading dot is dropped.
                    if (!attrValue.isEmpty()) {
                        String d = attrValue.startsWith(".") ? attrValue.substring(1) : attrValue;
                        domain = d.toLowerCase(Locale.ROOT);
                    }
                    break;
                case "path":
                    path = attrValue.startsWith("/") ? attrValue : null;
                    break;
                case "secure":
                    secure = true;
                    break;
                default:
                    // HttpOnly and SameSite have no meaning without a browser; unknown attributes are ignored.
                    break;
            }
        }
        if (domain != null && !domain.isEmpty() && !domainMatches(unbracketed(host), domain)) {
            LOG.debug("Set-Cookie {} ignored: its Domain does not domain-match the request host", name);
            return null;
        }
        Instant expiresAt = maxAge != null ? maxAge : expires;
        return new Cookie(name, value, host, path == null ? defaultPath(uri) : path, expiresAt, secure);
    }

    /** RFC 6265 §5.2.2: digits with an optional leading '-'; null when the attribute is to be ignored. */
    private static Instant maxAge(String value, Instant now) {
        int digitsFrom = value.startsWith("-") ? 1 : 0;
        if (value.length() == digitsFrom) {
            return null;
        }
        for (int i = digitsFrom; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        if (digitsFrom == 1) {
            return Instant.MIN;
        }
        // Saturate instead of overflowing: any count of digits beyond the cap means the cap.
        long seconds = 0;
        for (int i = 0; i < value.length() && seconds <= MAX_AGE_CAP_SECONDS; i++) {
            seconds = seconds * 10 + (value.charAt(i) - '0');
        }
        return seconds <= 0 ? Instant.MIN : now.plusSeconds(Math.min(seconds, MAX_AGE_CAP_SECONDS));
    }

    private static Instant capped(Instant expires, Instant now) {
        Instant cap = now.plusSeconds(MAX_AGE_CAP_SECONDS);
        return expires.isAfter(cap) ? cap : expires;
    }

    /** Removes leading and trailing SP and HTAB, the only whitespace RFC 6265 trims. */
    private static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
            to--;
        }
        return text.substring(from, to);
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isIpAddress(String host) {
        return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
            return "/";
        }
        int last = path.lastIndexOf('/');
        return last == 0 ? "/" : path.substring(0, last);
    }

    private static final class Cookie {
        final String name;
        final String value;
        final String host;
        final String path;
        final Instant expiresAt;
        final boolean secure;

        Cookie(String name, String value, String host, String path, Instant expiresAt, boolean secure) {
            this.name = name;
            this.value = value;
            this.host = host;
            this.path = path;
            this.expiresAt = expiresAt;
            this.secure = secure;
        }
    }
}
