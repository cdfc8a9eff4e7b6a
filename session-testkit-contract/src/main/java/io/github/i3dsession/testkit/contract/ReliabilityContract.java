package io.github.i3dsession.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.AlreadyLoggedInException;
import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.RetryPolicy;
import io.github.i3dsession.api.ServerErrorException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.UnexpectedResponseException;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.LogCapture;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults, timeouts, retries, limits and secrets: each fault gives the documented exception, nothing hangs,
 * login and OTP are never re-sent, and no secret reaches a log line or an exception message.
 */
abstract class ReliabilityContract extends WireContract {
    private static final Duration STALL = Duration.ofSeconds(30);

    private ContractApi impatient(ContractMode mode, RetryPolicy retries) {
        return api(
                mode,
                clientBuilder()
                        .requestTimeout(Duration.ofMillis(500))
                        .callTimeout(Duration.ofSeconds(2))
                        .retryPolicy(retries));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void stalledResponseGivesTransportExceptionWithinTheTimeout(ContractMode mode) {
        server.enqueue(
                USER_PATH, FakeResponse.builder().delayBeforeHeaders(STALL).build());
        ContractApi api = impatient(mode, RetryPolicy.none());

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, api::getUser);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500 + 2500));
        assertThat(e.statusCode()).isZero();
        assertThat(e).hasMessageStartingWith("getUser GET " + server.baseUri() + USER_PATH);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void stalledLoginIsSentExactlyOnce(ContractMode mode) {
        server.enqueue(
                LOGIN_PATH, FakeResponse.builder().delayBeforeHeaders(STALL).build());

        assertThatThrownBy(() -> impatient(mode, FAST_RETRIES).login(alice())).isInstanceOf(TransportException.class);

        assertThat(server.requestCount("POST", LOGIN_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void slowDripBodyIsCutOffAtTheCallDeadline(ContractMode mode) {
        ContractApi api = impatient(mode, FAST_RETRIES);
        api.login(alice());
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .jsonBody(FakeUser.profileJson(FakeUser.defaultProfile(USER)))
                        .drip(1, Duration.ofMillis(100))
                        .build());

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, api::getUser);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000 + 2500));
        assertThat(e).hasMessageContaining("did not complete within the call timeout of PT2S");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void connectionResetMidBodyOnGetUserIsRetriedAndSucceeds(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .jsonBody(FakeUser.profileJson(FakeUser.defaultProfile(USER)))
                        .truncateAfter(100)
                        .build());

        assertThat(api.getUser().userName()).isEqualTo(USER);

        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void truncatedLoginAnswerGivesTransportExceptionAndIsNotResent(ContractMode mode) {
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder()
                        .jsonBody("{\"requiresOtp\":false,\"expiresAt\":0,\"otpSessionExpiresAt\":0}")
                        .truncateAfter(10)
                        .build());

        assertThatThrownBy(() -> api(mode).login(alice())).isInstanceOf(TransportException.class);

        assertThat(server.requestCount("POST", LOGIN_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void bodyOver64MiBIsRefusedWithoutBeingBuffered(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .status(200)
                        .header("Content-Type", "application/json")
                        .largeBody(64L << 20)
                        .build());
        long allocatedBefore = Leaks.allocatedBytes();

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, api::getUser);

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e).hasMessageContaining("exceeds the limit of 1048576 bytes");
        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(1);
        assertThat(Leaks.allocatedBytes() - allocatedBefore)
                .as("bytes allocated by all threads")
                .isLessThan(32L << 20);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void bodyOverAConfiguredLimitIsRefused(ContractMode mode) {
        ContractApi api = api(mode, clientBuilder().maxResponseBytes(512));
        api.login(alice());

        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, api::getUser);

        assertThat(e).hasMessageContaining("exceeds the limit of 512 bytes");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void getUserRetriedAfterOne503SucceedsWithExactlyTwoRequests(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        server.clearRequests();
        server.enqueue(USER_PATH, FakeResponse.status(503));

        assertThat(api.getUser().userName()).isEqualTo(USER);

        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void stormOf502And503EndsAfterMaxAttempts(ContractMode mode) {
        ContractApi api = api(mode);
        for (int status : new int[] {502, 503, 503, 503, 503}) {
            server.enqueue(USER_PATH, FakeResponse.status(status));
        }

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, api::getUser);

        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(server.requestCount("GET", USER_PATH)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void stormOf500OnLoginIsNeverRetried(ContractMode mode) {
        for (int i = 0; i < 5; i++) {
            server.enqueue(LOGIN_PATH, FakeResponse.serverError());
        }

        assertThatThrownBy(() -> api(mode).login(alice())).isInstanceOf(ServerErrorException.class);

        assertThat(server.requestCount("POST", LOGIN_PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void logoutRetryHonoursRetryAfter(ContractMode mode) {
        ContractApi api = api(mode);
        api.login(alice());
        server.enqueue(
                LOGOUT_PATH,
                FakeResponse.builder().status(503).header("Retry-After", "1").build());

        long start = System.nanoTime();
        api.logout();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(server.requestCount("POST", LOGOUT_PATH)).isEqualTo(2);
        assertThat(server.activeSessions()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void refusedConnectionGivesTransportException(ContractMode mode) {
        String deadAddress = server.baseUri().toString();
        server.close();
        ContractApi api = api(
                mode,
                SessionClient.builder()
                        .baseUri(URI.create(deadAddress))
                        .transport(transport)
                        .retryPolicy(FAST_RETRIES));

        TransportException e = catchThrowableOfType(TransportException.class, () -> api.login(alice()));

        assertThat(e.statusCode()).isZero();
        assertThat(e).hasMessageStartingWith("login POST " + deadAddress + LOGIN_PATH + " failed after 3 attempts");
        server = startServer(builder -> {});
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void redirectsAreReturnedNotFollowedSoNothingReachesAnotherHost(ContractMode mode) {
        ContractApi api = api(mode, clientBuilder().apiKey(API_KEY));
        api.login(bob());
        server.enqueue(
                OTP_PATH,
                FakeResponse.builder()
                        .status(302)
                        .header("Location", "http://127.0.0.2:9/steal")
                        .build());
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .status(301)
                        .header("Location", "http://127.0.0.2:9/steal")
                        .build());

        assertThat(catchThrowableOfType(
                                UnexpectedResponseException.class, () -> api.provideOtp(SessionLoginOtp.of(OTP)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, api::getUser)
                        .statusCode())
                .isEqualTo(301);
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void secretsNeverAppearInLogsAtTraceOrInExceptionMessages(ContractMode mode) {
        assertThat(LogCapture.isInstalled())
                .as("register io.github.i3dsession.testkit.RecordingSlf4jProvider in"
                        + " src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider (see LogCapture)")
                .isTrue();
        LogCapture.clear();
        SessionClient client = track(clientBuilder().apiKey(API_KEY).build());
        ContractApi api = ContractApi.of(client, mode);
        List<String> messages = new ArrayList<>();
        messages.add(catchThrowableOfType(
                        InvalidCredentialsException.class,
                        () -> api.login(SessionLogin.of(OTP_USER, "wrong-" + OTP_PASSWORD)))
                .getMessage());
        api.login(bob());
        messages.add(catchThrowableOfType(InvalidOtpException.class, () -> api.provideOtp(SessionLoginOtp.of("999999")))
                .getMessage());
        api.provideOtp(SessionLoginOtp.of(OTP));
        server.enqueue(
                USER_PATH,
                FakeResponse.builder()
                        .status(500)
                        .jsonBody("{\"password\":\"" + OTP_PASSWORD + "\",\"otp\":\"" + OTP + "\",\"key\":\"" + API_KEY
                                + "\"}")
                        .build());
        messages.add(
                catchThrowableOfType(ServerErrorException.class, api::getUser).getMessage());
        api.getUser();
        messages.add(client.toString());
        messages.add(transport.toString());

        String sessionId = lastRequestTo(USER_PATH)
                .header("Cookie")
                .orElseThrow()
                .substring(server.sessionCookieName().length() + 1);
        List<String> secrets = List.of(OTP_PASSWORD, OTP, "999999", API_KEY, sessionId);
        List<String> lines = LogCapture.lines();
        assertThat(lines).as("our DEBUG line per attempt").anyMatch(line -> line.contains("getUser GET " + USER_PATH));
        assertThat(lines)
                .as("our TRACE header lines, allow-listed")
                .anyMatch(line ->
                        line.contains("getUser request headers: Accept: application/json; PRIVATE-TOKEN: <redacted>;"
                                + " Cookie: <redacted>;"));
        for (String secret : secrets) {
            assertThat(lines).noneMatch(line -> line.contains(secret));
            assertThat(messages).noneMatch(message -> message.contains(secret));
        }
        assertThat(lines).noneMatch(line -> line.startsWith("INFO io.github.i3dsession"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void closingLeavesNoThreadsOrConnectionsOfOurs(ContractMode mode) {
        Set<Long> before = Leaks.threadIds();

        useTwoClientsOnOwnTransportThenCloseAll(mode);

        int port = server.port();
        assertThat(Leaks.eventually(15_000, () -> Leaks.newThreads(before).isEmpty()))
                .as("threads left after close: %s", Leaks.newThreads(before))
                .isTrue();
        assertThat(Leaks.eventually(15_000, () -> Leaks.connectionsTo(port) <= 0))
                .as("connections left open to the server: %s", Leaks.connectionsTo(port))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void twentyThousandGetUserCallsFromThirtyTwoThreadsAllSucceed(ContractMode mode) throws Exception {
        SessionClient client = newClient();
        ContractApi api = ContractApi.of(client, mode);
        api.login(alice());
        long heapBefore = Leaks.usedHeapAfterGc();
        LoadRun run = LoadRun.of(32, 20_000, () -> {
            if (!USER.equals(api.getUser().userName())) {
                throw new AssertionError("wrong user");
            }
        });

        assertThat(run.errors()).as("first errors: %s", run.firstErrors()).isZero();
        assertThat(run.completed()).isEqualTo(20_000);
        // A pooled connection the server closed may make an idempotent getUser retry once: more requests than
        // calls is allowed, a failed call is not.
        assertThat(server.requestCount("GET", USER_PATH)).isBetween(20_000, 20_100);
        assertThat(Leaks.connectionsTo(server.port())).isLessThanOrEqualTo(64);
        // The fake server and the log capture keep every exchange and line: forget them before weighing the heap.
        server.clearRequests();
        LogCapture.clear();
        long heapGrowth = Leaks.usedHeapAfterGc() - heapBefore;
        assertThat(heapGrowth).as("heap growth after GC").isLessThan(16L << 20);
        System.out.printf(
                "load %s %s: %s, heap growth %d KiB%n", getClass().getSimpleName(), mode, run, heapGrowth / 1024);
    }

    /** Everything created here is unreachable once it returns, so a JDK 11-20 HttpClient can be collected. */
    private void useTwoClientsOnOwnTransportThenCloseAll(ContractMode mode) {
        SessionTransport own = createTransport();
        SessionClient first =
                SessionClient.builder().baseUri(server.baseUri()).transport(own).build();
        SessionClient second =
                SessionClient.builder().baseUri(server.baseUri()).transport(own).build();
        ContractApi a = ContractApi.of(first, mode);
        ContractApi b = ContractApi.of(second, mode);
        a.login(alice());
        b.login(bob());
        b.provideOtp(SessionLoginOtp.of(OTP));
        a.getUser();
        b.getUser();
        assertThatThrownBy(() -> b.login(bob())).isInstanceOf(AlreadyLoggedInException.class);
        first.close();
        second.close();
        own.close();
    }
}
