package io.github.i3dsession.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedRequest;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every kind of call with every secret in play (API key, password, TOTP secret, OTPs, session cookies) and
 * searches every span name, span attribute, event and metric attribute for each secret value that was sent.
 */
class NoSecretsInTelemetryTest {
    private static final String PASSWORD = "pw-Zq8xJ3vN1";
    private static final String WRONG_PASSWORD = "pw-Wrong-7Hk2";
    private static final String API_KEY = "key-Ap1K3yV4lue";
    private static final byte[] TOTP_SECRET_BYTES = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Pattern OTP = Pattern.compile("\"otp\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void noSpanOrMetricCarriesAPasswordOtpTotpSecretApiKeyOrCookie() {
        List<RecordedRequest> sent;
        List<String> recorded = new ArrayList<>();
        try (Telemetry telemetry = new Telemetry()) {
            try (FakeSessionServer server = FakeSessionServer.builder()
                            .user(FakeUser.withTotp("robot", PASSWORD, TOTP_SECRET_BYTES))
                            .start();
                    SessionClient client = SessionClient.builder()
                            .baseUri(server.baseUri())
                            .apiKey(API_KEY)
                            .autoLogin(() -> SessionLogin.of("robot", PASSWORD), Totp.fromBase32(TOTP_SECRET))
                            .addObserver(SessionTelemetry.create(telemetry.sdk).observer())
                            .build()) {
                client.getUser();
                server.expireSessions();
                client.async().getUser().join();
                client.logout();
                assertThatThrownBy(() -> client.login(SessionLogin.of("robot", WRONG_PASSWORD)))
                        .isInstanceOf(InvalidCredentialsException.class);
                sent = server.requests();
            }
            for (SpanData span : telemetry.finished()) {
                recorded.add(span.getName());
                add(recorded, span.getAttributes());
                for (EventData event : span.getEvents()) {
                    recorded.add(event.getName());
                    add(recorded, event.getAttributes());
                }
            }
            for (MetricData metric : telemetry.metrics.collectAllMetrics()) {
                recorded.add(metric.getName());
                for (PointData point : metric.getData().getPoints()) {
                    add(recorded, point.getAttributes());
                }
            }
        }

        List<String> secrets = secretsSent(sent);
        String all = String.join("\n", recorded);
        assertThat(secrets).contains(PASSWORD, WRONG_PASSWORD, API_KEY, TOTP_SECRET);
        assertThat(secrets.size()).as("OTPs and cookie values sent").isGreaterThan(5);
        assertThat(all).contains("getUser", "provideOtp", "http.client.request.duration");
        for (String secret : secrets) {
            assertThat(all).doesNotContain(secret);
        }
    }

    private static void add(List<String> recorded, Attributes attributes) {
        attributes.forEach((key, value) -> recorded.add(key.getKey() + "=" + value));
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
}
