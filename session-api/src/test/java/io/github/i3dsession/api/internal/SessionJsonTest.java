package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import io.github.i3dsession.model.ApiError;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionJsonTest {

    @Test
    void loginBodyHasExactlyUserNameAndPassword() {
        byte[] body = SessionJson.writeLogin(SessionLogin.of("alice", "pw"));

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"userName\":\"alice\",\"password\":\"pw\"}");
    }

    @Test
    void loginBodyCarriesRememberMeOnlyWhenSet() {
        SessionLogin login = SessionLogin.builder()
                .userName("alice")
                .password("pw")
                .rememberMe(false)
                .build();

        assertThat(utf8(SessionJson.writeLogin(login)))
                .isEqualTo("{\"userName\":\"alice\",\"password\":\"pw\",\"rememberMe\":0}");
    }

    @Test
    void stringsAreEscapedAndEncodedAsUtf8() throws IOException {
        String text = "q\"b\\n\nt\tc\u0001\u00e9\u20ac\ud83d\ude00";
        byte[] body = SessionJson.writeLogin(SessionLogin.of(text, text));

        try (JsonParser parser = SessionJson.factory().createParser(body)) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            assertThat(parser.getText()).isEqualTo(text);
            parser.nextToken();
            parser.nextToken();
            assertThat(parser.getText()).isEqualTo(text);
        }
    }

    @Test
    void loneSurrogateIsEscapedRatherThanCorrupted() throws IOException {
        String text = "a\ud800b";
        byte[] body = SessionJson.writeLogin(SessionLogin.of("u", text));

        assertThat(utf8(body)).contains("a\\ud800b");
    }

    @Test
    void otpBodyHasExactlyTheOtp() {
        assertThat(utf8(SessionJson.writeOtp(SessionLoginOtp.of("012345")))).isEqualTo("{\"otp\":\"012345\"}");
    }

    @Test
    void authReqIsReadWithTimestampsWhereZeroMeansNotApplicable() throws Exception {
        SessionAuthReq auth = SessionJson.readAuthReq(
                in("{\"requiresOtp\":true,\"expiresAt\":0,\"otpSessionExpiresAt\":1764158400}"));

        assertThat(auth.requiresOtp()).isTrue();
        assertThat(auth.expiresAt()).isEmpty();
        assertThat(auth.otpSessionExpiresAt()).contains(Instant.ofEpochSecond(1764158400L));
    }

    @Test
    void oneElementArrayIsUnwrapped() throws Exception {
        SessionAuthReq auth =
                SessionJson.readAuthReq(in(" [ {\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0} ] "));

        assertThat(auth.requiresOtp()).isFalse();
    }

    @Test
    void contentAfterTheObjectIsRejected() {
        assertThatThrownBy(() -> SessionJson.readAuthReq(
                        in("{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0} {}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("unexpected content after the SessionAuthReq object");
    }

    @Test
    void integerOutOfRangeIsRejectedWithItsPath() {
        assertThatThrownBy(() -> SessionJson.readApiError(
                        in("{\"errorCode\":99999999999,\"errorMessage\":\"x\",\"errors\":[]}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("Error.errorCode: integer out of range");
    }

    @Test
    void decimalWhereAnIntegerBelongsIsRejected() {
        assertThatThrownBy(() -> SessionJson.readAuthReq(
                        in("{\"requiresOtp\":false,\"expiresAt\":1.5,\"otpSessionExpiresAt\":0}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.expiresAt: expected an integer, found a decimal number");
    }

    @Test
    void errorDetailsAreReadInOrderAndUnknownOnesSkipped() throws Exception {
        ApiError error = SessionJson.readApiError(
                in(
                        "{\"errorCode\":1,\"x\":{\"y\":[1,{}]},\"errorMessage\":\"bad\","
                                + "\"errors\":[{\"property\":\"a\",\"message\":\"m1\",\"z\":null},{\"property\":\"b\",\"message\":\"m2\"}]}"));

        assertThat(error.errors())
                .extracting(d -> d.property() + "=" + d.message())
                .containsExactly("a=m1", "b=m2");
    }

    @Test
    void malformedJsonMessageNeverQuotesTheBody() {
        assertThatThrownBy(() -> SessionJson.readAuthReq(in("{\"requiresOtp\": hunter2 }")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessageStartingWith("malformed JSON in SessionAuthReq at line 1")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void deeplyNestedUnknownValueIsRejectedRatherThanExhaustingTheStack() {
        String deep = "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> SessionJson.readAuthReq(in(deep))).isInstanceOf(ResponseFormatException.class);
    }

    @Test
    void duplicateTopLevelPropertyIsRejectedWithItsPathNotItsValue() {
        assertThatThrownBy(() -> SessionJson.readUser(in("{\"userId\":4242,\"userName\":\"a\",\"userId\":7777}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionUser.userId: duplicate property");
        assertThatThrownBy(() -> SessionJson.readAuthReq(
                        in("{\"requiresOtp\":false,\"expiresAt\":0,\"requiresOtp\":true,\"otpSessionExpiresAt\":0}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.requiresOtp: duplicate property");
        assertThatThrownBy(() -> SessionJson.readApiError(
                        in("{\"errorCode\":401,\"errorMessage\":\"no\",\"errorCode\":500,\"errors\":[]}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("Error.errorCode: duplicate property");
    }

    @Test
    void duplicateNestedPropertyIsRejectedWithItsPath() {
        assertThatThrownBy(() -> SessionJson.readUser(
                        in("{\"userId\":1,\"details\":{\"city\":\"Rotterdam\",\"city\":\"Evilville\"}}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionUser.details.city: duplicate property");
        assertThatThrownBy(() -> SessionJson.readApiError(in("{\"errorCode\":1,\"errorMessage\":\"x\",\"errors\":"
                        + "[{\"property\":\"a\",\"message\":\"m\"},{\"property\":\"b\",\"property\":\"c\"}]}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("Error.errors[1].property: duplicate property");
    }

    @Test
    void duplicatePropertyInAWrappedDocumentIsRejectedWithItsPath() {
        assertThatThrownBy(() -> SessionJson.readUser(in("[{\"userId\":1,\"userId\":2}]")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionUser.userId: duplicate property");
        assertThatThrownBy(() -> SessionJson.readUser(
                        in("[{\"userId\":1,\"details\":{\"city\":\"Rotterdam\",\"city\":\"Evilville\"}}]")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionUser.details.city: duplicate property");
        assertThatThrownBy(() -> SessionJson.readAuthReq(in("[{\"requiresOtp\":true,\"requiresOtp\":false}]")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.requiresOtp: duplicate property");
        assertThatThrownBy(() -> SessionJson.readApiError(in("[{\"errorMessage\":\"a\",\"errorMessage\":\"b\"}]")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("Error.errorMessage: duplicate property");
    }

    @Test
    void duplicateInsideAnUnknownPropertyIsRejectedToo() {
        assertThatThrownBy(() -> SessionJson.readAuthReq(in("{\"x\":{\"y\":[1,{\"k\":1,\"k\":2}]}}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.x.y[1].k: duplicate property");
    }

    @Test
    void duplicatePathNeverCarriesControlCharactersOrAnEndlessName() {
        String longName = "n".repeat(500);
        assertThatThrownBy(() ->
                        SessionJson.readAuthReq(in("{\"a\\nb\":{\"" + longName + "\":1,\"" + longName + "\":2}}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.a?b." + "n".repeat(64) + "...: duplicate property");
    }

    @Test
    void sameNameInDifferentObjectsIsNoDuplicate() throws Exception {
        ApiError error = SessionJson.readApiError(in("{\"errorCode\":1,\"errorMessage\":\"x\",\"errors\":"
                + "[{\"property\":\"a\",\"message\":\"m\"},{\"property\":\"b\",\"message\":\"m\"}]}"));

        assertThat(error.errors()).hasSize(2);
    }

    @Test
    void duplicateFarApartInAnObjectLargerThanTheScanIsRejected() {
        String many = authReqWithManyUnknownProperties();

        assertThatThrownBy(() -> SessionJson.readAuthReq(in(many + ",\"p5\":0}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.p5: duplicate property");
        assertThatThrownBy(() -> SessionJson.readAuthReq(in(many + ",\"requiresOtp\":false}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.requiresOtp: duplicate property");
        assertThatThrownBy(() -> SessionJson.readAuthReq(in(many + ",\"x\":{\"k\":1,\"k\":2}}")))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("SessionAuthReq.x.k: duplicate property");
    }

    @Test
    void objectsLargerThanTheScanWithDistinctNamesAreRead() throws Exception {
        StringBuilder json = new StringBuilder("{\"requiresOtp\":true,\"x\":{");
        for (int i = 0; i < 3 * JsonReader.SCAN_LIMIT; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("\"p")
                    .append(i)
                    .append("\":{\"p")
                    .append(i)
                    .append("\":1}");
        }
        json.append("},\"expiresAt\":0,\"otpSessionExpiresAt\":0}");

        SessionAuthReq auth = SessionJson.readAuthReq(in(authReqWithManyUnknownProperties() + "}"));
        SessionAuthReq nested = SessionJson.readAuthReq(in(json.toString()));

        assertThat(auth.requiresOtp()).isTrue();
        assertThat(nested.requiresOtp()).isTrue();
    }

    @Test
    void aDocumentThatFailedHalfwayLeavesNoNamesForTheNextOne() throws Exception {
        assertThatThrownBy(() -> SessionJson.readAuthReq(in("{\"requiresOtp\":true,\"x\":{\"expiresAt\":1")))
                .isInstanceOf(ResponseFormatException.class);

        SessionAuthReq auth =
                SessionJson.readAuthReq(in("{\"requiresOtp\":true,\"expiresAt\":0,\"otpSessionExpiresAt\":0}"));

        assertThat(auth.requiresOtp()).isTrue();
    }

    /** An open SessionAuthReq object with its three properties and three times the scan limit of unknown ones. */
    private static String authReqWithManyUnknownProperties() {
        StringBuilder json = new StringBuilder("{\"requiresOtp\":true,\"expiresAt\":0,\"otpSessionExpiresAt\":0");
        for (int i = 0; i < 3 * JsonReader.SCAN_LIMIT; i++) {
            json.append(",\"p").append(i).append("\":").append(i);
        }
        return json.toString();
    }

    private static InputStream in(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
