package io.github.i3dsession.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An authenticated endpoint that a test adds with {@link FakeSessionServer.Builder#endpoint}: a fixed status and
 * JSON body for requests with a logged-in session. Immutable.
 */
final class CustomEndpoint {
    private static final Set<String> SESSION_ROUTES = Set.of(
            "POST " + SessionEndpoints.LOGIN,
            "POST " + SessionEndpoints.LOGIN_OTP,
            "POST " + SessionEndpoints.LOGOUT,
            "GET " + SessionEndpoints.USER);

    final String route;
    final int status;
    final byte[] body;

    private CustomEndpoint(String route, int status, byte[] body) {
        this.route = route;
        this.status = status;
        this.body = body;
    }

    /** Checks the arguments of {@link FakeSessionServer.Builder#endpoint} and makes the endpoint. */
    static CustomEndpoint of(String method, String path, int status, String body) {
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("method must be an upper-case token such as GET: " + method);
        }
        boolean clean = path.chars().noneMatch(c -> c <= 0x20 || c == 0x7f || c == '?' || c == '#');
        if (!path.startsWith("/") || path.startsWith("//") || !clean) {
            throw new IllegalArgumentException(
                    "path must start with / and have no query, fragment, spaces or control characters: " + path);
        }
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be between 200 and 599: " + status);
        }
        if (!body.isEmpty() && (status == 204 || status == 304)) {
            throw new IllegalArgumentException("body must be empty for status " + status);
        }
        if (!body.isEmpty() && !Json.isJson(body)) {
            throw new IllegalArgumentException("body must be empty or one JSON value");
        }
        String route = method + ' ' + path;
        if (SESSION_ROUTES.contains(route)) {
            throw new IllegalArgumentException(route + " is a session endpoint; script it with enqueue instead");
        }
        return new CustomEndpoint(route, status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CustomEndpoint{" + route + " -> " + status + '}';
    }
}
