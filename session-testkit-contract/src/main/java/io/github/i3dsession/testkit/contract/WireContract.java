package io.github.i3dsession.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What goes over the wire: request bodies and headers, the API key, session cookies and their isolation,
 * validation before sending, and every kind of response body.
 */
abstract class WireContract extends SessionFlowContract {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NO_OTP_AUTH = "{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void requestsCarryExactlyTheSpecPropertiesAsJson(ContractMode mode) throws IOException {
        ContractApi api = api(mode);
        api.login(bob());
        api.provideOtp(SessionLoginOtp.of(OTP));
        api.getUser();
        api.logout();

        RecordedRequest login = lastRequestTo(LOGIN_PATH);
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.header("Content-Type")).contains("application/json");
        assertThat(json(login.body())).isEqualTo(Map.of("userName", OTP_USER, "password", OTP_PASSWORD));
        RecordedRequest otp = lastRequestTo(OTP_PATH);
        assertThat(otp.header("Content-Type")).contains("application/json");
        assertThat(json(otp.body())).isEqualTo(Map.of("otp", OTP));
        RecordedRequest user = lastRequestTo(USER_PATH);
        assertThat(user.method()).isEqualTo("GET");
        assertThat(user.body()).isEmpty();
        assertThat(user.header("Accept")).contains("application/json");
        assertThat(lastRequestTo(LOGOUT_PATH).body()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void rememberMeIsSentOnlyWhenSet(ContractMode mode) throws IOException {
        api(mode)
                .login(SessionLogin.builder()
                        .userName(USER)
                        .password(PASSWORD)
                        .rememberMe(true)
                        .build());

        assertThat(json(lastRequestTo(LOGIN_PATH).body()))
                .isEqualTo(Map.of("userName", USER, "password", PASSWORD, "rememberMe", 1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void passwordWithQuotesBackslashesAndUnicodeIsEncodedExactly(ContractMode mode) throws IOException {
        String tricky = "p\"a\\s\ts\u00e9\u20ac\ud83d\udd12\u0001";
        restartServer(builder -> builder.user(FakeUser.withoutOtp("dave", tricky)));

        api(mode).login(SessionLogin.of("dave", tricky.toCharArray()));

        assertThat(json(lastRequestTo(LOGIN_PATH).body()).get("password")).isEqualTo(tricky);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void apiKeyIsSentAsPrivateTokenOnEveryRequest(ContractMode mode) {
        ContractApi api = api(mode, clientBuilder().apiKey(API_KEY));
        api.login(bob());
        api.provideOtp(SessionLoginOtp.of(OTP));
        api.getUser();
        api.logout();

        assertThat(server.requests())
                .hasSize(4)
                .allSatisfy(
                        request -> assertThat(request.headers("PRIVATE-TOKEN")).containsExactly(API_KEY));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void withoutApiKeyNoPrivateTokenIsSent(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        api.getUser();

        assertThat(server.requests())
                .hasSize(2)
                .allSatisfy(
                        request -> assertThat(request.header("PRIVATE-TOKEN")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void sessionCookieIsSentOnlyAfterLogin(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        api.getUser();

        assertThat(lastRequestTo(LOGIN_PATH).header("Cookie")).isEmpty();
        assertThat(lastRequestTo(USER_PATH).header("Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).startsWith(server.sessionCookieName() + "="));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void twoClientsOnOneTransportNeverShareASession(ContractMode mode) {
        ContractApi first = api(mode);
        ContractApi second = api(mode);

        first.login(alice());

        assertThatThrownBy(second::getUser).isInstanceOf(NotLoggedInException.class);
        second.login(bob());
        second.provideOtp(SessionLoginOtp.of(OTP));
        assertThat(first.getUser().userName()).isEqualTo(USER);
        assertThat(second.getUser().userName()).isEqualTo(OTP_USER);
        first.logout();
        assertThat(second.getUser().userName()).isEqualTo(OTP_USER);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void cookiesHonourPathExpiresAndMaxAge(ContractMode mode) {
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder()
                        .jsonBody(NO_OTP_AUTH)
                        .header("Set-Cookie", "scoped=s1; Path=/v3/session")
                        .header("Set-Cookie", "elsewhere=e2; Path=/other")
                        .header("Set-Cookie", "expired=x3; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
                        .header("Set-Cookie", "gone=g4; Max-Age=0")
                        .header("Set-Cookie", "lasting=l5; Max-Age=3600; Path=/")
                        .build());
        ContractApi api = api(mode);
        api.login(alice());

        assertThatThrownBy(api::getUser).isInstanceOf(NotLoggedInException.class);

        assertThat(lastRequestTo(USER_PATH).header("Cookie")).contains("scoped=s1; lasting=l5");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void logoutDropsTheCookiesEvenWhenTheServerDoesNotExpireThem(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        server.enqueue(LOGOUT_PATH, FakeResponse.status(204));
        api.logout();

        assertThatThrownBy(api::getUser).isInstanceOf(NotLoggedInException.class);

        assertThat(lastRequestTo(USER_PATH).header("Cookie")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void invalidInputIsRejectedBeforeAnyRequest(ContractMode mode) {
        ContractApi api = api(mode);

        assertThatThrownBy(() -> api.login(SessionLogin.of(" ", PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userName must not be blank");
        assertThatThrownBy(() -> api.login(SessionLogin.of(USER, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
        assertThatThrownBy(() -> api.login(SessionLogin.of(USER, (String) null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
        assertThatThrownBy(() -> api.provideOtp(SessionLoginOtp.of("12345")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("otp must be exactly six ASCII digits");
        assertThatThrownBy(() -> api.provideOtp(SessionLoginOtp.of("12345a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("otp must be exactly six ASCII digits");
        assertThatThrownBy(() -> api.login(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("login");
        assertThatThrownBy(() -> api.provideOtp(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("otp");
        assertThat(server.requestCount()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void closedClientRefusesCallsWithoutSending(ContractMode mode) {
        SessionClient client = newClient();
        ContractApi api = ContractApi.of(client, mode);
        client.close();

        assertThatThrownBy(api::getUser)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SessionClient is closed");
        assertThat(server.requestCount()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void unknownPropertiesAreIgnored(ContractMode mode) {
        ObjectNode json = defaultProfileJson();
        json.put("favouriteColour", "blue");
        json.putObject("futureFeature").putArray("list").add(1).addObject().put("deep", true);
        ((ObjectNode) json.get("details")).put("newField", 42);
        server.enqueue(
                USER_PATH, FakeResponse.builder().jsonBody(json.toString()).build());
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder()
                        .jsonBody("{\"requiresOtp\":false,\"extra\":[1,2],\"expiresAt\":0,\"otpSessionExpiresAt\":0}")
                        .build());
        ContractApi api = api(mode);

        assertThat(api.login(alice()).requiresOtp()).isFalse();
        assertThat(api.getUser()).isEqualTo(FakeUser.defaultProfile(USER));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void oneElementArraysAroundObjectsAreUnwrapped(ContractMode mode) {
        restartServer(builder -> builder.wrapObjectsInArray(true));
        ContractApi api = api(mode);

        assertThat(api.login(bob()).requiresOtp()).isTrue();
        api.provideOtp(SessionLoginOtp.of(OTP));
        SessionUser user = api.getUser();
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .status(500)
                        .jsonBody("[{\"errorCode\":7,\"errorMessage\":\"wrapped\",\"errors\":[]}]")
                        .build());

        assertThat(user).isEqualTo(FakeUser.defaultProfile(OTP_USER));
        assertThat(catchThrowableOfType(ServerErrorException.class, api::getUser)
                        .apiError())
                .hasValueSatisfying(error -> assertThat(error.errorMessage()).isEqualTo("wrapped"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void malformedJsonGivesUnexpectedResponse(ContractMode mode) {
        assertUnexpectedUserBody(
                mode,
                FakeResponse.builder().jsonBody("{\"userId\": 1,").build(),
                "getUser failed: unexpected response (HTTP 200): body is not a valid SessionUser: "
                        + "malformed JSON in SessionUser at line 1, column 14");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void wronglyTypedPropertyGivesUnexpectedResponseNamingIt(ContractMode mode) {
        ObjectNode json = defaultProfileJson();
        ((ObjectNode) json.get("details")).put("accountType", "business");

        assertUnexpectedUserBody(
                mode,
                FakeResponse.builder().jsonBody(json.toString()).build(),
                "getUser failed: unexpected response (HTTP 200): body is not a valid SessionUser: "
                        + "SessionUser.details.accountType: expected an integer, found a string");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void missingRequiredPropertyGivesUnexpectedResponse(ContractMode mode) {
        ObjectNode json = defaultProfileJson();
        json.remove("userName");

        assertUnexpectedUserBody(
                mode,
                FakeResponse.builder().jsonBody(json.toString()).build(),
                "getUser failed: unexpected response (HTTP 200): body is not a valid SessionUser: "
                        + "SessionUser: required property 'userName' is not set");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void nonJsonBodyGivesUnexpectedResponse(ContractMode mode) {
        assertUnexpectedUserBody(
                mode,
                FakeResponse.builder()
                        .status(200)
                        .header("Content-Type", "text/html; charset=utf-8")
                        .body("<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8))
                        .build(),
                "getUser failed: unexpected response (HTTP 200): expected an application/json SessionUser body,"
                        + " got Content-Type text/html; charset=utf-8");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void emptyOrArrayBodiesGiveUnexpectedResponse(ContractMode mode) {
        ContractApi api = api(mode);
        server.enqueue(USER_PATH, FakeResponse.status(200));
        server.enqueue(USER_PATH, FakeResponse.builder().jsonBody("[]").build());
        server.enqueue(USER_PATH, FakeResponse.builder().jsonBody("[{},{}]").build());
        server.enqueue(USER_PATH, FakeResponse.builder().jsonBody("42").build());

        assertThatThrownBy(api::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageEndingWith("empty body, expected a SessionUser object");
        assertThatThrownBy(api::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageEndingWith("expected a SessionUser object, found an empty array");
        assertThatThrownBy(api::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("SessionUser");
        assertThatThrownBy(api::getUser)
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageEndingWith("SessionUser: expected an object, found an integer");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void wronglyTypedLoginAnswerGivesUnexpectedResponse(ContractMode mode) {
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder()
                        .jsonBody("{\"requiresOtp\":\"yes\",\"expiresAt\":0,\"otpSessionExpiresAt\":0}")
                        .build());

        UnexpectedResponseException e = catchThrowableOfType(
                UnexpectedResponseException.class, () -> api(mode).login(alice()));

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e)
                .hasMessage("login failed: unexpected response (HTTP 200): body is not a valid SessionAuthReq: "
                        + "SessionAuthReq.requiresOtp: expected a boolean, found a string");
    }

    private static Map<String, Object> json(byte[] body) throws IOException {
        return MAPPER.readValue(body, new TypeReference<Map<String, Object>>() {});
    }

    private void assertUnexpectedUserBody(ContractMode mode, FakeResponse response, String message) {
        server.enqueue(USER_PATH, response);

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, api(mode)::getUser);

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e).hasMessage(message);
        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(1);
    }

    /** The default profile of {@code USER} as a mutable tree, to script a variation of it. */
    private static ObjectNode defaultProfileJson() {
        try {
            return (ObjectNode) MAPPER.readTree(FakeUser.profileJson(FakeUser.defaultProfile(USER)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
