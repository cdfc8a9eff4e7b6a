package io.github.i3dsession.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The session behaviour of {@link FakeSessionServer}: one method per endpoint, answers as {@link FakeResponse}. */
final class SessionEndpoints {
    static final String LOGIN = "/v3/session/login";
    static final String LOGIN_OTP = "/v3/session/login/otp";
    static final String LOGOUT = "/v3/session/logout";
    static final String USER = "/v3/session/user";

    private static final FakeResponse NO_CONTENT = FakeResponse.status(204);
    private static final FakeResponse UNAUTHORIZED = FakeResponse.status(401);
    private static final FakeResponse NOT_FOUND = FakeResponse.status(404);
    private static final FakeResponse CONFLICT = FakeResponse.status(409);

    private final Map<String, FakeUser> users;
    private final SessionStore store;
    private final String cookieName;
    private final Duration otpWindow;
    private final boolean wrapObjectsInArray;
    private final Map<String, CustomEndpoint> custom;

    SessionEndpoints(
            Map<String, FakeUser> users,
            SessionStore store,
            String cookieName,
            Duration otpWindow,
            boolean wrapObjectsInArray,
            Map<String, CustomEndpoint> custom) {
        this.users = users;
        this.store = store;
        this.cookieName = cookieName;
        this.otpWindow = otpWindow;
        this.wrapObjectsInArray = wrapObjectsInArray;
        this.custom = custom;
    }

    FakeResponse handle(RecordedRequest request) {
        String route = request.method() + ' ' + request.path();
        switch (route) {
            case "POST " + LOGIN:
                return login(request);
            case "POST " + LOGIN_OTP:
                return loginOtp(request);
            case "POST " + LOGOUT:
                return logout(request);
            case "GET " + USER:
                return user(request);
            default:
                CustomEndpoint endpoint = custom.get(route);
                return endpoint == null ? NOT_FOUND : custom(endpoint, request);
        }
    }

    private FakeResponse login(RecordedRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        String userName = body == null ? null : Json.textField(body, "userName");
        String password = body == null ? null : Json.textField(body, "password");
        if (userName == null || password == null) {
            return badRequest("userName", "userName and password must be strings in a JSON object");
        }
        String cookieSession = Cookies.value(request.headers("Cookie"), cookieName);
        SessionStore.Session existing = store.find(cookieSession);
        if (existing != null && existing.authenticated) {
            return CONFLICT;
        }
        Duration lockedFor = store.lockedOutFor(userName);
        if (lockedFor != null) {
            long seconds = Math.max(1, (lockedFor.toMillis() + 999) / 1000);
            return FakeResponse.builder()
                    .status(429)
                    .header("Retry-After", Long.toString(seconds))
                    .build();
        }
        FakeUser user = users.get(userName);
        if (user == null || !user.passwordMatches(password)) {
            store.recordFailure(userName);
            return UNAUTHORIZED;
        }
        store.resetFailures(userName);
        // A fresh login replaces the pending one the client still carries.
        store.drop(cookieSession);
        Instant now = store.now();
        ObjectNode authReq;
        String sessionId;
        if (user.requiresOtp()) {
            Instant deadline = now.plus(otpWindow);
            sessionId = store.create(new SessionStore.Session(user, false, deadline));
            authReq = Json.authReq(true, deadline.getEpochSecond(), deadline.getEpochSecond());
        } else {
            sessionId = store.create(new SessionStore.Session(user, true, now));
            authReq = Json.authReq(false, 0, 0);
        }
        return json(200, authReq)
                .header("Set-Cookie", cookieName + "=" + sessionId + "; Path=/; HttpOnly")
                .build();
    }

    private FakeResponse loginOtp(RecordedRequest request) {
        String sessionId = Cookies.value(request.headers("Cookie"), cookieName);
        SessionStore.Session session = store.find(sessionId);
        if (session == null || session.authenticated) {
            return NOT_FOUND;
        }
        Instant now = store.now();
        if (SessionStore.isExpired(session, now)) {
            store.drop(sessionId);
            return NOT_FOUND;
        }
        ObjectNode body = Json.parseObject(request.body());
        String otp = body == null ? null : Json.textField(body, "otp");
        if (otp == null) {
            return badRequest("otp", "otp must be a string in a JSON object");
        }
        if (!session.user.acceptsOtp(otp, now)) {
            return UNAUTHORIZED;
        }
        session.authenticated = true;
        return NO_CONTENT;
    }

    private FakeResponse logout(RecordedRequest request) {
        store.drop(Cookies.value(request.headers("Cookie"), cookieName));
        return FakeResponse.builder()
                .status(204)
                .header("Set-Cookie", cookieName + "=; Path=/; Max-Age=0")
                .build();
    }

    private FakeResponse user(RecordedRequest request) {
        SessionStore.Session session = store.find(Cookies.value(request.headers("Cookie"), cookieName));
        if (session == null || !session.authenticated) {
            return NOT_FOUND;
        }
        return json(200, Json.sessionUser(session.user.profile())).build();
    }

    private FakeResponse custom(CustomEndpoint endpoint, RecordedRequest request) {
        SessionStore.Session session = store.find(Cookies.value(request.headers("Cookie"), cookieName));
        if (session == null || !session.authenticated) {
            return json(401, Json.error(401, "Unauthorized", null, null)).build();
        }
        FakeResponse.Builder response = FakeResponse.builder().status(endpoint.status);
        if (endpoint.body.length > 0) {
            response.header("Content-Type", "application/json").body(endpoint.body);
        }
        return response.build();
    }

    /** 400 is not in the spec: the fake answers it only to malformed bodies, which our client never sends. */
    private FakeResponse badRequest(String property, String message) {
        return json(400, Json.error(400, "Bad Request", property, message)).build();
    }

    private FakeResponse.Builder json(int status, JsonNode node) {
        return FakeResponse.builder()
                .status(status)
                .header("Content-Type", "application/json")
                .body(Json.bytes(node, wrapObjectsInArray));
    }
}
