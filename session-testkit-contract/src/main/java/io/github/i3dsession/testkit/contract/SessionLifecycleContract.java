package io.github.i3dsession.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.i3dsession.api.ApiRequest;
import io.github.i3dsession.api.ApiResponse;
import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionState;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.api.Totp;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.testkit.FakeResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staying logged in: automatic login (with TOTP), re-login when the server drops the session, single flight, the
 * rules that keep automatic login from locking an account out, resumable sessions, and {@code send} for the rest of
 * the v3 API with its retry rules.
 */
abstract class SessionLifecycleContract extends ReliabilityContract {
    static final String HOSTS_PATH = "/v3/host";
    static final String HOSTS_JSON = "[{\"hostId\":1}]";

    private ContractApi autoLoginApi(ContractMode mode, String user, String password) {
        return api(mode, clientBuilder().autoLogin(() -> SessionLogin.of(user, password)));
    }

    private SessionClient totpClient() {
        // Ten seconds into a 30-second step: the code is not about to expire, so the TOTP never waits on this
        // clock, which only moves when a test moves it.
        clock.set(Instant.ofEpochSecond(1_700_000_010L));
        return track(clientBuilder()
                .autoLogin(
                        () -> SessionLogin.of(TOTP_USER, TOTP_PASSWORD),
                        Totp.builder().secret(TOTP_SECRET).clock(clock).build())
                .build());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void autoLoginLogsInOnFirstUse(ContractMode mode) {
        ContractApi api = autoLoginApi(mode, USER, PASSWORD);

        assertThat(api.getUser().userName()).isEqualTo(USER);
        assertThat(server.loginCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void autoLoginCompletesTwoFactorWithTotp(ContractMode mode) {
        ContractApi api = ContractApi.of(totpClient(), mode);

        assertThat(api.getUser().userName()).isEqualTo(TOTP_USER);
        assertThat(requestsTo(OTP_PATH)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void aDroppedSessionIsRenewedOnceAndTheCallRepeatedOnce(ContractMode mode) {
        ContractApi api = autoLoginApi(mode, USER, PASSWORD);
        api.getUser();

        server.expireSessions();

        assertThat(api.getUser().userName()).isEqualTo(USER);
        assertThat(server.loginCount()).isEqualTo(2);
        assertThat(requestsTo(USER_PATH)).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void aSecondGoneInTheSameCallIsThrown(ContractMode mode) {
        ContractApi api = autoLoginApi(mode, USER, PASSWORD);
        api.getUser();
        server.enqueue(USER_PATH, FakeResponse.status(404));
        server.enqueue(USER_PATH, FakeResponse.status(404));

        catchThrowableOfType(NotLoggedInException.class, api::getUser);

        assertThat(server.loginCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void threadsThatFindTheSessionGoneShareOneLogin(ContractMode mode) throws Exception {
        SessionClient client = track(
                clientBuilder().autoLogin(() -> SessionLogin.of(USER, PASSWORD)).build());
        ContractApi api = ContractApi.of(client, mode);
        api.getUser();
        server.expireSessions();
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> users = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                users.add(pool.submit(() -> {
                    start.await();
                    return api.getUser().userName();
                }));
            }
            start.countDown();
            for (Future<String> user : users) {
                assertThat(user.get(60, TimeUnit.SECONDS)).isEqualTo(USER);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(server.loginCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void waitingForAnotherCallsAutomaticLoginCountsAgainstTheCallTimeout(ContractMode mode) throws Exception {
        // The login outlasts the call timeout (an OTP source that takes 1.5 s, as a person or a vault might). A
        // call that finds it under way waits for it within its own deadline, not until it is done.
        CountDownLatch otpAsked = new CountDownLatch(1);
        ContractApi api = api(
                mode,
                clientBuilder()
                        .requestTimeout(Duration.ofSeconds(1))
                        .callTimeout(Duration.ofSeconds(1))
                        .autoLogin(() -> SessionLogin.of(OTP_USER, OTP_PASSWORD), challenge -> {
                            otpAsked.countDown();
                            sleep(1500);
                            return OTP;
                        }));
        ExecutorService leader = Executors.newSingleThreadExecutor();
        try {
            Future<?> leading = leader.submit(() -> catchThrowable(api::getUser));
            assertThat(otpAsked.await(5, TimeUnit.SECONDS)).isTrue();

            TransportException e = catchThrowableOfType(TransportException.class, api::getUser);

            assertThat(e).hasMessage("automatic login did not complete within the call timeout of PT1S");
            leading.get(10, TimeUnit.SECONDS);
        } finally {
            leader.shutdownNow();
        }
        assertThat(server.loginCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void anAccountThatNeedsAnOtpWithoutAnOtpSourceFailsClearlyAndSendsNoOtp(ContractMode mode) {
        ContractApi api = autoLoginApi(mode, OTP_USER, OTP_PASSWORD);

        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, api::getUser);

        assertThat(e).hasMessageContaining("use autoLogin(credentials, otpSource)");
        assertThat(requestsTo(OTP_PATH)).isEmpty();
        assertThat(requestsTo(USER_PATH)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void afterA401NoFurtherAutomaticLoginIsMade(ContractMode mode) {
        ContractApi api = autoLoginApi(mode, USER, "not the password");

        catchThrowableOfType(InvalidCredentialsException.class, api::getUser);
        InvalidCredentialsException again = catchThrowableOfType(InvalidCredentialsException.class, api::getUser);

        assertThat(again).hasMessageContaining("automatic login is off");
        assertThat(requestsTo(LOGIN_PATH)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void afterA429NoAutomaticLoginStartsBeforeRetryAfter(ContractMode mode) {
        ContractApi api = autoLoginApi(mode, USER, PASSWORD);
        server.enqueue(
                LOGIN_PATH,
                FakeResponse.builder().status(429).header("Retry-After", "120").build());

        catchThrowableOfType(TooManyRequestsException.class, api::getUser);
        TooManyRequestsException paused = catchThrowableOfType(TooManyRequestsException.class, api::getUser);

        assertThat(paused.retryAfter()).isPresent();
        assertThat(requestsTo(LOGIN_PATH)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void theApplicationsOwnLoginTurnsAutomaticLoginBackOn(ContractMode mode) {
        SessionClient client = track(clientBuilder()
                .autoLogin(() -> SessionLogin.of(USER, "not the password"))
                .build());
        ContractApi api = ContractApi.of(client, mode);
        catchThrowableOfType(InvalidCredentialsException.class, api::getUser);

        api.login(alice());

        assertThat(api.getUser().userName()).isEqualTo(USER);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void aSavedSessionResumesInANewClientWithoutLoggingIn(ContractMode mode) {
        SessionClient first = newClient();
        first.login(alice());
        String saved = first.session().toJson();

        SessionClient resumed =
                track(clientBuilder().session(SessionState.fromJson(saved)).build());

        assertThat(ContractApi.of(resumed, mode).getUser().userName()).isEqualTo(USER);
        assertThat(server.loginCount()).isEqualTo(1);
        assertThat(resumed.session().toString()).doesNotContain(server.sessionCookieName() + "=");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void sendCallsOtherEndpointsWithTheSession(ContractMode mode) {
        restartServer(builder -> builder.endpoint("GET", HOSTS_PATH, 200, HOSTS_JSON)
                .endpoint("POST", HOSTS_PATH, 201, "{\"hostId\":2}")
                .endpoint("PUT", HOSTS_PATH + "/2", 200, "{\"hostId\":2}")
                .endpoint("DELETE", HOSTS_PATH + "/2", 204, ""));
        SessionClient client = newClient();
        client.login(alice());
        ContractApi api = ContractApi.of(client, mode);

        ApiResponse list = api.send(
                ApiRequest.builder("GET", HOSTS_PATH).query("filter", "a b&c").build());
        ApiResponse created = api.send(
                ApiRequest.post(HOSTS_PATH, "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
        ApiResponse updated = api.send(ApiRequest.put(
                HOSTS_PATH + "/2", "{\"name\":\"y\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
        ApiResponse deleted = api.send(ApiRequest.delete(HOSTS_PATH + "/2"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.bodyAsString()).isEqualTo(HOSTS_JSON);
        assertThat(list.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(requestsTo(HOSTS_PATH).get(0).query()).isEqualTo("filter=a%20b%26c");
        assertThat(created.status()).isEqualTo(201);
        assertThat(requestsTo(HOSTS_PATH).get(1).bodyUtf8()).isEqualTo("{\"name\":\"x\"}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(requestsTo(HOSTS_PATH))
                .allSatisfy(r -> assertThat(r.headers("Cookie")).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void sendReturnsEveryStatusWithoutLoggingInByItself(ContractMode mode) {
        restartServer(builder -> builder.endpoint("GET", HOSTS_PATH, 200, HOSTS_JSON));
        ContractApi api = api(mode);

        ApiResponse response = api.send(ApiRequest.get(HOSTS_PATH));

        assertThat(response.status()).isEqualTo(401);
        assertThat(server.loginCount()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void sendWithAutoLoginLogsInFirstAndAgainAfterA401(ContractMode mode) {
        restartServer(builder -> builder.endpoint("GET", HOSTS_PATH, 200, HOSTS_JSON));
        ContractApi api = autoLoginApi(mode, USER, PASSWORD);

        assertThat(api.send(ApiRequest.get(HOSTS_PATH)).status()).isEqualTo(200);
        server.expireSessions();
        assertThat(api.send(ApiRequest.get(HOSTS_PATH)).status()).isEqualTo(200);

        assertThat(server.loginCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void sendRetriesAGetAfterA503ButNeverRepeatsAPost(ContractMode mode) {
        restartServer(builder ->
                builder.endpoint("GET", HOSTS_PATH, 200, HOSTS_JSON).endpoint("POST", HOSTS_PATH, 201, "{}"));
        SessionClient client = newClient();
        client.login(alice());
        ContractApi api = ContractApi.of(client, mode);

        server.enqueue(HOSTS_PATH, FakeResponse.status(503));
        ApiResponse get = api.send(ApiRequest.get(HOSTS_PATH));
        server.enqueue(HOSTS_PATH, FakeResponse.status(503));
        ApiResponse post = api.send(ApiRequest.post(HOSTS_PATH, new byte[] {'{', '}'}, "application/json"));

        assertThat(get.status()).isEqualTo(200);
        assertThat(post.status()).isEqualTo(503);
        assertThat(requestsTo(HOSTS_PATH)).extracting(r -> r.method()).containsExactly("GET", "GET", "POST");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void headersForGiveTheSessionOnlyToTheClientsOwnServer(ContractMode mode) {
        SessionClient client = track(clientBuilder().apiKey(API_KEY).build());
        Map<String, String> beforeLogin = client.headersFor(server.baseUri().resolve(HOSTS_PATH));
        ContractApi.of(client, mode).login(alice());

        Map<String, String> own = client.headersFor(server.baseUri().resolve(HOSTS_PATH));
        Map<String, String> other = client.headersFor(URI.create("https://elsewhere.example" + HOSTS_PATH));

        assertThat(own).containsKeys("Cookie", "PRIVATE-TOKEN");
        assertThat(own.get("Cookie")).startsWith(server.sessionCookieName() + "=");
        assertThat(other).isEmpty();
        assertThat(beforeLogin).as("no session yet").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContractMode.class)
    void soakWithExpiriesLogsInExactlyOncePerExpiry(ContractMode mode) throws Exception {
        SessionClient client = track(
                clientBuilder().autoLogin(() -> SessionLogin.of(USER, PASSWORD)).build());
        ContractApi api = ContractApi.of(client, mode);
        int threads = 8;
        int callsPerThread = 250;
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(CompletableFuture.runAsync(
                        () -> {
                            for (int i = 0; i < callsPerThread; i++) {
                                try {
                                    api.getUser();
                                } catch (RuntimeException e) {
                                    errors.incrementAndGet();
                                }
                                done.incrementAndGet();
                            }
                        },
                        pool));
            }
            int total = threads * callsPerThread;
            for (int expiry = 1; expiry <= 3; expiry++) {
                int threshold = total * expiry / 4;
                while (done.get() < threshold && !allDone(workers)) {
                    Thread.sleep(1);
                }
                server.expireSessions();
            }
            CompletableFuture.allOf(workers.toArray(new CompletableFuture<?>[0]))
                    .get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(errors.get()).isZero();
        assertThat(server.loginCount()).isEqualTo(4);
    }

    private static boolean allDone(List<CompletableFuture<Void>> workers) {
        return workers.stream().allMatch(CompletableFuture::isDone);
    }
}
