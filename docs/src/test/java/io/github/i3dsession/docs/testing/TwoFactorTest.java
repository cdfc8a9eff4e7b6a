package io.github.i3dsession.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.api.UnexpectedOtpException;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.MutableClock;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The TOTP and OTP-window samples of testing-your-app.md. */
class TwoFactorTest {

    // BEGIN: testing-totp
    @Test
    void totpUserLogsInWithTheCodeOfTheCurrentStep() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withTotp("carol", "s3cret", secret))
                        .start();
                JdkTransport transport = JdkTransport.create();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            client.login(SessionLogin.of("carol", "s3cret"));

            Totp totp = Totp.builder().secret(secret).build();
            client.provideOtp(SessionLoginOtp.of(totp.now()));

            assertThat(client.getUser().userName()).isEqualTo("carol");
        }
    }
    // END: testing-totp

    // BEGIN: testing-otp-window
    @Test
    void otpAfterTheWindowClosedIsRefused() {
        MutableClock clock = MutableClock.startingNow();
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withOtp("bob", "battery staple", "123456"))
                        .otpWindow(Duration.ofMinutes(5))
                        .clock(clock)
                        .start();
                JdkTransport transport = JdkTransport.create();
                SessionClient client = SessionClient.builder()
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            SessionAuthReq auth = client.login(SessionLogin.of("bob", "battery staple"));
            assertThat(auth.otpSessionExpiresAt()).contains(clock.instant().plus(Duration.ofMinutes(5)));

            clock.advance(Duration.ofMinutes(6));

            assertThatThrownBy(() -> client.provideOtp(SessionLoginOtp.of("123456")))
                    .isInstanceOf(UnexpectedOtpException.class);
        }
    }
    // END: testing-otp-window

    @Test
    void totpCodesMatchRfc6238() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(Totp.builder().secret(secret).build().at(Instant.ofEpochSecond(59)))
                .isEqualTo("287082");
    }
}
