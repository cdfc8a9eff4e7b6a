package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionStateTest {
    private static final URI BASE = URI.create("https://api.i3d.net");
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SECRET = "s3cr3t-cookie-value";
    private static final SessionState.Cookie SESSION =
            SessionState.Cookie.of("i3d_session", SECRET, "api.i3d.net", "/", null, true);
    private static final SessionState.Cookie LASTING =
            SessionState.Cookie.of("prefs", "dark", "api.i3d.net", "/v3", NOW.plusSeconds(3600), false);

    private static String json(String cookies) {
        return "{\"version\":1,\"baseUri\":\"https://api.i3d.net\",\"cookies\":[" + cookies + "]}";
    }

    private static String cookie(String name, String value, String host) {
        return "{\"name\":\"" + name + "\",\"value\":\"" + value + "\",\"host\":\"" + host
                + "\",\"path\":\"/\",\"secure\":true}";
    }

    @Test
    void toJsonWritesTheVersionedFormat() {
        SessionState state = SessionState.of(BASE, List.of(SESSION, LASTING));

        assertThat(state.toJson())
                .isEqualTo("{\"version\":1,\"baseUri\":\"https://api.i3d.net\",\"cookies\":["
                        + "{\"name\":\"i3d_session\",\"value\":\"s3cr3t-cookie-value\",\"host\":\"api.i3d.net\","
                        + "\"path\":\"/\",\"secure\":true},"
                        + "{\"name\":\"prefs\",\"value\":\"dark\",\"host\":\"api.i3d.net\",\"path\":\"/v3\","
                        + "\"expiresAt\":\"2030-01-01T01:00:00Z\",\"secure\":false}]}");
    }

    @Test
    void fromJsonReadsWhatToJsonWrote() {
        SessionState state = SessionState.of(BASE, List.of(SESSION, LASTING));

        SessionState read = SessionState.fromJson(state.toJson(), CLOCK);

        assertThat(read).isEqualTo(state).hasSameHashCodeAs(state);
        assertThat(read.baseUri()).isEqualTo(BASE);
        SessionState.Cookie cookie = read.cookies().get(1);
        assertThat(cookie.name()).isEqualTo("prefs");
        assertThat(cookie.value()).isEqualTo("dark");
        assertThat(cookie.host()).isEqualTo("api.i3d.net");
        assertThat(cookie.path()).isEqualTo("/v3");
        assertThat(cookie.expiresAt()).contains(NOW.plusSeconds(3600));
        assertThat(cookie.secure()).isFalse();
        assertThat(read.cookies().get(0).expiresAt()).isEmpty();
    }

    @Test
    void fromJsonAcceptsPropertiesInAnyOrderAndIgnoresUnknownOnes() {
        String text = "{\"cookies\":[{\"secure\":true,\"path\":\"/\",\"host\":\"api.i3d.net\",\"value\":\""
                + SECRET + "\",\"name\":\"i3d_session\",\"expiresAt\":null,\"comment\":{\"a\":[1]}}],"
                + "\"savedBy\":\"cli\",\"baseUri\":\"https://api.i3d.net\",\"version\":1}";

        assertThat(SessionState.fromJson(text, CLOCK)).isEqualTo(SessionState.of(BASE, List.of(SESSION)));
    }

    @Test
    void fromJsonDropsExpiredCookies() {
        String expired = "{\"name\":\"old\",\"value\":\"x\",\"host\":\"api.i3d.net\",\"path\":\"/\","
                + "\"expiresAt\":\"2030-01-01T00:00:00Z\",\"secure\":false}";
        String live = "{\"name\":\"new\",\"value\":\"y\",\"host\":\"api.i3d.net\",\"path\":\"/\","
                + "\"expiresAt\":\"2030-01-01T00:00:01Z\",\"secure\":false}";

        SessionState read = SessionState.fromJson(json(expired + "," + live), CLOCK);

        assertThat(read.cookies()).extracting(SessionState.Cookie::name).containsExactly("new");
    }

    @Test
    void anotherVersionIsRejected() {
        String text = "{\"version\":2,\"session\":\"whatever the future holds\"}";

        assertThatThrownBy(() -> SessionState.fromJson(text, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("session state has version 2; this library reads version 1");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"baseUri\":\"https://api.i3d.net\",\"cookies\":[]} | session state lacks version",
                "{\"version\":\"1\",\"baseUri\":\"https://api.i3d.net\",\"cookies\":[]}"
                        + " | version must be an integer, found a string",
                "{\"version\":1.5} | version must be an integer, found a number",
                "{\"version\":1,\"cookies\":[]} | session state lacks baseUri",
                "{\"version\":1,\"baseUri\":\"https://api.i3d.net\"} | session state lacks cookies",
                "{\"version\":1,\"baseUri\":7,\"cookies\":[]} | baseUri must be a string, found a number",
                "{\"version\":1,\"baseUri\":\"https://api.i3d.net\",\"cookies\":{}}"
                        + " | cookies must be an array, found an object",
                "{\"version\":1,\"baseUri\":\"https://api.i3d.net\",\"cookies\":[1]}"
                        + " | cookies[0] must be an object, found a number",
                "[] | session state must be an object, found an array",
                "'' | session state must be an object, found the end of the text",
                "{\"version\":1,\"baseUri\":\"ftp://api.i3d.net\",\"cookies\":[]}"
                        + " | baseUri must be an absolute http or https URI",
                "{\"version\":1,\"baseUri\":\"https://api.i3d.net\",\"cookies\":[]} {}"
                        + " | session state has text after its object",
            })
    void malformedStatesAreRejectedNamingWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> SessionState.fromJson(text, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void cookieFieldsAreRequiredAndTyped() {
        String noValue = "{\"name\":\"a\",\"host\":\"api.i3d.net\",\"path\":\"/\",\"secure\":true}";
        String badSecure = "{\"name\":\"a\",\"value\":\"" + SECRET + "\",\"host\":\"api.i3d.net\",\"path\":\"/\","
                + "\"secure\":\"yes\"}";
        String badExpiry = "{\"name\":\"a\",\"value\":\"" + SECRET + "\",\"host\":\"api.i3d.net\",\"path\":\"/\","
                + "\"expiresAt\":\"tomorrow\",\"secure\":true}";

        assertThatThrownBy(() -> SessionState.fromJson(json(noValue), CLOCK))
                .hasMessage("session state lacks cookies[0].value");
        assertThatThrownBy(() -> SessionState.fromJson(json(badSecure), CLOCK))
                .hasMessage("cookies[0].secure must be a boolean, found a string");
        assertThatThrownBy(() -> SessionState.fromJson(json(badExpiry), CLOCK))
                .hasMessage("cookies[0].expiresAt is not an ISO-8601 instant such as 2030-01-01T00:00:00Z");
    }

    @Test
    void aCookieForAnotherHostIsRejected() {
        String text = json(cookie("i3d_session", SECRET, "api.i3d.net") + "," + cookie("x", SECRET, "evil.example"));

        assertThatThrownBy(() -> SessionState.fromJson(text, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cookies[1].host evil.example is not the host of baseUri (api.i3d.net)");
    }

    @Test
    void errorsNeverShowACookieValue() {
        String badValue = json(cookie("i3d_session", SECRET + ";x=1", "api.i3d.net"));
        String unquoted = "{\"version\":1,\"baseUri\":\"https://api.i3d.net\",\"cookies\":[{\"value\":" + SECRET;
        String duplicate = json("{\"name\":\"a\",\"value\":\"" + SECRET + "\",\"value\":\"" + SECRET + "\"}");

        assertThatThrownBy(() -> SessionState.fromJson(badValue, CLOCK))
                .hasMessage("cookies[0]: value of cookie i3d_session has a character a cookie cannot hold");
        assertThatThrownBy(() -> SessionState.fromJson(unquoted, CLOCK))
                .hasMessageStartingWith("session state is not valid JSON at line 1, column ")
                .hasMessageNotContaining(SECRET)
                .hasNoCause();
        assertThatThrownBy(() -> SessionState.fromJson(duplicate, CLOCK))
                .hasMessageStartingWith("session state repeats a property at line 1, column ")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void toStringShowsNamesHostsPathsAndExpiryButNoValue() {
        SessionState state = SessionState.of(BASE, List.of(SESSION, LASTING));

        assertThat(state.toString())
                .isEqualTo("SessionState{baseUri=https://api.i3d.net, cookies=["
                        + "Cookie{name=i3d_session, host=api.i3d.net, path=/, secure}, "
                        + "Cookie{name=prefs, host=api.i3d.net, path=/v3, expiresAt=2030-01-01T01:00:00Z}]}")
                .doesNotContain(SECRET)
                .doesNotContain("dark");
    }

    @Test
    void equalityCoversEveryProperty() {
        SessionState state = SessionState.of(BASE, List.of(SESSION));

        assertThat(state)
                .isEqualTo(SessionState.of(URI.create("https://api.i3d.net"), List.of(SESSION)))
                .isNotEqualTo(SessionState.of(URI.create("https://api.i3d.net/v3"), List.of(SESSION)))
                .isNotEqualTo(SessionState.of(BASE, List.of()));
        assertThat(SESSION)
                .isNotEqualTo(SessionState.Cookie.of("i3d_session", "other", "api.i3d.net", "/", null, true))
                .isNotEqualTo(SessionState.Cookie.of("i3d_session", SECRET, "api.i3d.net", "/", null, false))
                .isNotEqualTo(SessionState.Cookie.of("i3d_session", SECRET, "api.i3d.net", "/", NOW, true));
    }

    @Test
    void hostsCompareWithoutCase() {
        SessionState.Cookie cookie = SessionState.Cookie.of("a", "b", "API.i3d.NET", "/", null, false);

        SessionState state = SessionState.of(URI.create("https://Api.I3d.net"), List.of(cookie));

        assertThat(state.cookies().get(0).host()).isEqualTo("api.i3d.net");
    }

    @Test
    void theCookieListIsCopiedAndUnmodifiable() {
        List<SessionState.Cookie> cookies = new ArrayList<>(List.of(SESSION));
        SessionState state = SessionState.of(BASE, cookies);
        cookies.add(LASTING);

        assertThat(state.cookies()).containsExactly(SESSION);
        assertThatThrownBy(() -> state.cookies().add(LASTING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofRejectsBadBaseUrisDuplicatesAndNulls() {
        assertThatThrownBy(() -> SessionState.of(URI.create("https://user:hunter2@api.i3d.net"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUri must not contain user info");
        assertThatThrownBy(() -> SessionState.of(URI.create("/v3"), List.of()))
                .hasMessage("baseUri must be an absolute http or https URI");
        assertThatThrownBy(() -> SessionState.of(URI.create("https://api.i3d.net/?a=1"), List.of()))
                .hasMessage("baseUri must have a host and no query or fragment: https://api.i3d.net/?a=1");
        assertThatThrownBy(() -> SessionState.of(BASE, List.of(SESSION, SESSION)))
                .hasMessage("cookies[1] repeats the name i3d_session for path /");
        assertThatThrownBy(() -> SessionState.of(BASE, java.util.Arrays.asList(SESSION, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("cookies[1]");
        assertThatThrownBy(() -> SessionState.of(null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("baseUri");
        assertThatThrownBy(() -> SessionState.fromJson(null)).hasMessage("json");
    }

    @Test
    void cookieOfChecksEachArgument() {
        assertThatThrownBy(() -> SessionState.Cookie.of("a b", "v", "h", "/", null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name is not a cookie name token: a b");
        assertThatThrownBy(() -> SessionState.Cookie.of("a", "line\r\nbreak", "h", "/", null, false))
                .hasMessage("value of cookie a has a character a cookie cannot hold");
        assertThatThrownBy(() -> SessionState.Cookie.of("a", "v", "", "/", null, false))
                .hasMessage("host must be a host name: ");
        assertThatThrownBy(() -> SessionState.Cookie.of("a", "v", "h", "v3", null, false))
                .hasMessage("path must start with / and hold no spaces, ; or controls");
        assertThatThrownBy(() -> SessionState.Cookie.of("a", null, "h", "/", null, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }

    @Test
    void fromJsonWithTheSystemClockKeepsCookiesThatExpireLater() {
        SessionState.Cookie farFuture =
                SessionState.Cookie.of("a", "b", "api.i3d.net", "/", Instant.parse("2999-01-01T00:00:00Z"), false);
        SessionState state = SessionState.of(BASE, List.of(farFuture));

        assertThat(SessionState.fromJson(state.toJson())).isEqualTo(state);
    }

    @Test
    void aSessionOfAnotherServerIsRefusedByTheBuilder() {
        SessionState state = SessionState.of(BASE, List.of(SESSION));

        assertThatThrownBy(() -> SessionClient.builder()
                        .baseUri(URI.create("https://staging.example"))
                        .transport(new ScriptedTransport())
                        .session(state)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("session belongs to https://api.i3d.net, not to the baseUri https://staging.example;"
                        + " a session cannot move to another server");
    }
}
