package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.AlreadyLoggedInException;
import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.api.UnexpectedOtpException;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.model.AccessLevel;
import io.github.i3dsession.model.ApiError;
import io.github.i3dsession.model.ErrorDetails;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every endpoint, every documented status and its exception. */
abstract class SessionFlowContract extends ContractSupport {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void loginWithoutTwoFactorThenGetUserReturnsEveryField(ContractMode mode) {
        ContractApi api = api(mode);

        SessionAuthReq auth = api.login(alice());
        SessionUser user = api.getUser();

        assertThat(auth.requiresOtp()).isFalse();
        assertThat(auth.expiresAt()).isEmpty();
        assertThat(auth.otpSessionExpiresAt()).isEmpty();
        assertThat(user).isEqualTo(FakeUser.defaultProfile(USER));
        assertThat(user.userName()).isEqualTo(USER);
        assertThat(user.accessLevel()).isEqualTo(AccessLevel.REGULAR);
        assertThat(user.details().unconfirmedEmail()).isPresent();
        assertThat(user.billingDetails().emailAddressBilling()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void loginWithTwoFactorAsksForOtpUntilTheWindowCloses(ContractMode mode) {
        SessionAuthReq auth = api(mode).login(bob());

        assertThat(auth.requiresOtp()).isTrue();
        long deadline = clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond();
        assertThat(auth.otpSessionExpiresAtEpochSecond()).isEqualTo(deadline);
        assertThat(auth.expiresAtEpochSecond()).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void provideOtpCompletesTheTwoFactorLogin(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(bob());

        api.provideOtp(SessionLoginOtp.of(OTP));

        assertThat(api.getUser()).isEqualTo(FakeUser.defaultProfile(OTP_USER));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void totpUserLogsInWithTheCurrentCode(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(SessionLogin.of(TOTP_USER, TOTP_PASSWORD));

        api.provideOtp(
                SessionLoginOtp.of(Totp.builder().secret(TOTP_SECRET).build().at(clock.instant())));

        assertThat(api.getUser().userName()).isEqualTo(TOTP_USER);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void getUserBeforeTheOtpStepThrowsNotLoggedIn(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(bob());

        NotLoggedInException e = catchThrowableOfType(NotLoggedInException.class, api::getUser);

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e).hasMessage("getUser failed: not logged in (HTTP 404)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void getUserWithoutLoginThrowsNotLoggedIn(ContractMode mode) {
        assertThatThrownBy(api(mode)::getUser).isInstanceOf(NotLoggedInException.class);
        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void wrongPasswordThrowsInvalidCredentials(ContractMode mode) {
        InvalidCredentialsException e = catchThrowableOfType(
                InvalidCredentialsException.class, () -> api(mode).login(SessionLogin.of(USER, "not the password")));

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.apiError()).isEmpty();
        assertThat(e).hasMessage("login failed: invalid credentials (HTTP 401)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void wrongOtpThrowsInvalidOtpAndTheSessionStaysPending(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(bob());

        InvalidOtpException e =
                catchThrowableOfType(InvalidOtpException.class, () -> api.provideOtp(SessionLoginOtp.of("000000")));
        api.provideOtp(SessionLoginOtp.of(OTP));

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e).hasMessage("provideOTP failed: invalid one-time password (HTTP 401)");
        assertThat(api.getUser().userName()).isEqualTo(OTP_USER);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void otpWithoutPendingLoginThrowsUnexpectedOtp(ContractMode mode) {
        UnexpectedOtpException e = catchThrowableOfType(
                UnexpectedOtpException.class, () -> api(mode).provideOtp(SessionLoginOtp.of(OTP)));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e).hasMessage("provideOTP failed: no login is waiting for a one-time password (HTTP 404)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void otpAfterTheWindowClosedThrowsUnexpectedOtp(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(bob());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThatThrownBy(() -> api.provideOtp(SessionLoginOtp.of(OTP))).isInstanceOf(UnexpectedOtpException.class);
        assertThatThrownBy(api::getUser).isInstanceOf(NotLoggedInException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void secondLoginWhileLoggedInThrowsAlreadyLoggedIn(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());

        AlreadyLoggedInException e = catchThrowableOfType(AlreadyLoggedInException.class, () -> api.login(alice()));

        assertThat(e.statusCode()).isEqualTo(409);
        assertThat(e).hasMessage("login failed: already logged in; log out first (HTTP 409)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void repeatedFailedLoginsThrowTooManyRequestsWithRetryAfter(ContractMode mode) {
        ContractApi api = api(mode);
        SessionLogin wrong = SessionLogin.of(USER, "wrong password");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> api.login(wrong)).isInstanceOf(InvalidCredentialsException.class);
        }

        TooManyRequestsException e = catchThrowableOfType(TooManyRequestsException.class, () -> api.login(alice()));

        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(LOCKOUT);
        assertThat(e).hasMessage("login failed: too many requests (HTTP 429), retry after 60 s");
        assertThat(server.requestCount("POST", LOGIN_PATH)).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void loginSucceedsAgainAfterTheLockoutHasPassed(ContractMode mode) {
        ContractApi api = api(mode);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> api.login(SessionLogin.of(USER, "wrong")))
                    .isInstanceOf(i < 3 ? InvalidCredentialsException.class : TooManyRequestsException.class);
        }
        clock.advance(LOCKOUT.plusSeconds(1));

        assertThat(api.login(alice()).requiresOtp()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void serverErrorCarriesTheParsedErrorDocument(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        server.enqueue(USER_PATH, FakeResponse.error(500, 1234, "Database unavailable", "database", "timeout"));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, api::getUser);

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.apiError())
                .contains(ApiError.of(1234, "Database unavailable", List.of(ErrorDetails.of("database", "timeout"))));
        assertThat(e)
                .hasMessage(
                        "getUser failed: server error (HTTP 500); errorCode 1234: Database unavailable [database: timeout]");
        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void serverErrorOnLoginIsSentExactlyOnce(ContractMode mode) {
        server.enqueue(LOGIN_PATH, FakeResponse.serverError());

        ServerErrorException e =
                catchThrowableOfType(ServerErrorException.class, () -> api(mode).login(alice()));

        assertThat(e.apiError().map(ApiError::errorMessage)).contains("Internal Server Error");
        assertThat(server.requestCount("POST", LOGIN_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void serverErrorOnOtpAndLogoutMapsToServerErrorException(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(bob());
        server.enqueue(OTP_PATH, FakeResponse.serverError());
        server.enqueue(LOGOUT_PATH, FakeResponse.serverError());

        assertThatThrownBy(() -> api.provideOtp(SessionLoginOtp.of(OTP))).isInstanceOf(ServerErrorException.class);
        assertThatThrownBy(api::logout).isInstanceOf(ServerErrorException.class);
        assertThat(server.requestCount("POST", OTP_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void logoutEndsTheSession(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());

        api.logout();

        assertThatThrownBy(api::getUser).isInstanceOf(NotLoggedInException.class);
        assertThat(server.activeSessions()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void logoutWithoutSessionSucceeds(ContractMode mode) {
        api(mode).logout();

        assertThat(server.requestCount("POST", LOGOUT_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void loginWorksAgainAfterLogout(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        api.logout();

        api.login(alice());

        assertThat(api.getUser().userName()).isEqualTo(USER);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void undocumentedStatusThrowsUnexpectedResponse(ContractMode mode) {
        server.enqueue(USER_PATH, FakeResponse.status(418));

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, api(mode)::getUser);

        assertThat(e.statusCode()).isEqualTo(418);
        assertThat(e).hasMessage("getUser failed: unexpected status (HTTP 418)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void redirectOnLoginIsNeverFollowed(ContractMode mode) {
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder()
                        .status(307)
                        .header("Location", "http://127.0.0.2:1/v3/session/login")
                        .build());

        UnexpectedResponseException e = catchThrowableOfType(
                UnexpectedResponseException.class, () -> api(mode).login(alice()));

        assertThat(e.statusCode()).isEqualTo(307);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
