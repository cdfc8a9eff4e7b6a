package io.github.i3dsession.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every kind of call with every secret in play (API key, password, TOTP secret, OTPs, session cookies) and
 * searches everything the observations carry for each secret value that was actually sent.
 */
class NoSecretsInObservationsTest {
    private static final String PASSWORD = "pw-Zq8xJ3vN1";
    private static final String WRONG_PASSWORD = "pw-Wrong-7Hk2";
    private static final String API_KEY = "key-Ap1K3yV4lue";
    private static final byte[] TOTP_SECRET_BYTES = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Pattern OTP = Pattern.compile("\"otp\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void noObservationCarriesAPasswordOtpTotpSecretApiKeyOrCookie() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        StoppedObservations stopped = new StoppedObservations();
        registry.observationConfig().observationHandler(stopped);
        List<RecordedRequest> sent;
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withTotp("robot", PASSWORD, TOTP_SECRET_BYTES))
                        .start();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .apiKey(API_KEY)
                        .autoLogin(() -> SessionLogin.of("robot", PASSWORD), Totp.fromBase32(TOTP_SECRET))
                        .addObserver(SessionObservation.observer(registry))
                        .build()) {
            client.getUser();
            server.expireSessions();
            client.async().getUser().join();
            client.logout();
            assertThatThrownBy(() -> client.login(SessionLogin.of("robot", WRONG_PASSWORD)))
                    .isInstanceOf(InvalidCredentialsException.class);
            sent = server.requests();
        }

        List<String> secrets = secretsSent(sent);
        String recorded = String.join("\n", everythingIn(stopped.all()));
        assertThat(secrets).contains(PASSWORD, WRONG_PASSWORD, API_KEY, TOTP_SECRET);
        assertThat(secrets.size()).as("OTPs and cookie values sent").isGreaterThan(5);
        assertThat(recorded).contains("getUser", "provideOtp");
        for (String secret : secrets) {
            assertThat(recorded).doesNotContain(secret);
        }
    }

    /** The secret values this test sent: the fixed ones, and every OTP and cookie value the server received. */
    private static List<String> secretsSent(List<RecordedRequest> requests) {
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, WRONG_PASSWORD, API_KEY, TOTP_SECRET));
        for (RecordedRequest request : requests) {
            Matcher otp = OTP.matcher(request.bodyUtf8());
            if (otp.find()) {
                secrets.add(otp.group(1));
            }
            for (String cookies : request.headers("Cookie")) {
                for (String cookie : cookies.split(";")) {
                    secrets.add(cookie.substring(cookie.indexOf('=') + 1).trim());
                }
            }
        }
        return secrets;
    }

    /** Names and key values; not toString(), whose durations could hold six digits that look like an OTP. */
    private static List<String> everythingIn(List<Observation.Context> contexts) {
        List<String> all = new ArrayList<>();
        for (Observation.Context context : contexts) {
            all.add(context.getName());
            all.add(String.valueOf(context.getContextualName()));
            for (KeyValue keyValue : context.getAllKeyValues()) {
                all.add(keyValue.getKey() + "=" + keyValue.getValue());
            }
            if (context instanceof AttemptContext) {
                all.add(String.valueOf(((AttemptContext) context).getRemoteServiceAddress()));
            }
        }
        return all;
    }
}
