package io.github.i3dsession.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.spi.SessionTransport;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.transport.jdk.JdkTransport;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The samples of getting-started.md, run against the fake server. */
class GettingStartedTest {
    private final FakeSessionServer server = FakeSessionServer.builder()
            .user(FakeUser.withoutOtp("alice", "correct horse"))
            .user(FakeUser.withOtp("bob", "battery staple", "123456"))
            .start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    // BEGIN: build-client
    static SessionClient newClient(URI baseUri, SessionTransport transport) {
        return SessionClient.builder()
                .baseUri(baseUri) // default: https://api.i3d.net
                .transport(transport) // yours: closing the client leaves it open
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10)) // one attempt
                .callTimeout(Duration.ofSeconds(30)) // the whole call, retries included
                .build();
    }
    // END: build-client

    // BEGIN: login-without-otp
    static String greet(URI baseUri, String userName, char[] password) {
        try (JdkTransport transport = JdkTransport.create();
                SessionClient client = newClient(baseUri, transport)) {
            SessionAuthReq auth = client.login(SessionLogin.of(userName, password));
            if (auth.requiresOtp()) {
                throw new IllegalStateException(userName + " has two-factor authentication on");
            }
            SessionUser user = client.getUser();
            client.logout();
            return "Hello " + user.firstName() + " " + user.lastName();
        }
    }
    // END: login-without-otp

    // BEGIN: login-with-otp
    static SessionUser signIn(SessionClient client, String userName, char[] password, Supplier<String> askForOtp) {
        SessionAuthReq auth = client.login(SessionLogin.of(userName, password));
        if (auth.requiresOtp()) {
            // The server waits for the code until auth.otpSessionExpiresAt().
            client.provideOtp(SessionLoginOtp.of(askForOtp.get()));
        }
        return client.getUser();
    }
    // END: login-with-otp

    // BEGIN: async-login
    static CompletableFuture<SessionUser> signInAsync(
            SessionClient client, SessionLogin login, Supplier<String> askForOtp) {
        AsyncSessionClient async = client.async();
        return async.login(login)
                .thenCompose(auth -> auth.requiresOtp()
                        ? async.provideOtp(SessionLoginOtp.of(askForOtp.get()))
                        : CompletableFuture.completedFuture(null))
                .thenCompose(done -> async.getUser());
    }
    // END: async-login

    // BEGIN: test-it
    @Test
    void greetingCarolOnTheFakeServerLogsHerInAndOut() {
        try (FakeSessionServer fake = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("carol", "s3cret"))
                .start()) {

            String greeting = greet(fake.baseUri(), "carol", "s3cret".toCharArray());

            SessionUser carol = FakeUser.defaultProfile("carol");
            assertThat(greeting).isEqualTo("Hello " + carol.firstName() + " " + carol.lastName());
            assertThat(fake.activeSessions()).isZero();
        }
    }
    // END: test-it

    @Test
    void greetLogsInReadsTheUserAndLogsOut() {
        SessionUser alice = FakeUser.defaultProfile("alice");

        String greeting = greet(server.baseUri(), "alice", "correct horse".toCharArray());

        assertThat(greeting).isEqualTo("Hello " + alice.firstName() + " " + alice.lastName());
        assertThat(server.activeSessions()).isZero();
    }

    @Test
    void greetRefusesAUserWithTwoFactor() {
        assertThatThrownBy(() -> greet(server.baseUri(), "bob", "battery staple".toCharArray()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bob has two-factor authentication on");
    }

    @Test
    void signInAsksForTheOtpOnlyWhenTheServerWantsIt() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<String> otp = () -> {
            asked.incrementAndGet();
            return "123456";
        };
        try (JdkTransport transport = JdkTransport.create()) {
            try (SessionClient client = newClient(server.baseUri(), transport)) {
                assertThat(signIn(client, "alice", "correct horse".toCharArray(), otp)
                                .userName())
                        .isEqualTo("alice");
            }
            assertThat(asked).hasValue(0);
            try (SessionClient client = newClient(server.baseUri(), transport)) {
                assertThat(signIn(client, "bob", "battery staple".toCharArray(), otp)
                                .userName())
                        .isEqualTo("bob");
            }
            assertThat(asked).hasValue(1);
        }
    }

    @Test
    void clientLeavesTheTransportItWasGivenOpen() {
        try (JdkTransport transport = JdkTransport.create()) {
            newClient(server.baseUri(), transport).close();

            try (SessionClient second = newClient(server.baseUri(), transport)) {
                assertThat(second.login(SessionLogin.of("alice", "correct horse"))
                                .requiresOtp())
                        .isFalse();
            }
        }
    }

    @Test
    void signInAsyncCompletesBothFlows() {
        try (JdkTransport transport = JdkTransport.create();
                SessionClient alice = newClient(server.baseUri(), transport);
                SessionClient bob = newClient(server.baseUri(), transport)) {

            SessionUser first = signInAsync(alice, SessionLogin.of("alice", "correct horse"), () -> {
                        throw new AssertionError("alice has no second factor");
                    })
                    .join();
            SessionUser second = signInAsync(bob, SessionLogin.of("bob", "battery staple"), () -> "123456")
                    .join();

            assertThat(first.userName()).isEqualTo("alice");
            assertThat(second.userName()).isEqualTo("bob");
        }
    }

    @Test
    void signInAsyncFailsWithTheSessionExceptionAsCause() {
        try (JdkTransport transport = JdkTransport.create();
                SessionClient client = newClient(server.baseUri(), transport)) {

            CompletableFuture<SessionUser> user = signInAsync(client, SessionLogin.of("alice", "wrong"), () -> "1");

            assertThatThrownBy(user::join)
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(InvalidCredentialsException.class)
                    .hasMessage("login failed: invalid credentials (HTTP 401)");
        }
    }
}
