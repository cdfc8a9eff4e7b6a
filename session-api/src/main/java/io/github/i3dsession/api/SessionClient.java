package io.github.i3dsession.api;

import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;

/**
 * A client of the i3D.net v3 Session API: log in, complete 2FA with a one-time password, read the logged-in
 * user, log out. Each client holds one session (the cookies login sets), so two clients never share a session,
 * even over one shared HTTP client.
 *
 * <pre>{@code
 * try (SessionClient client = SessionClient.builder().build()) {
 *     SessionAuthReq auth = client.login(SessionLogin.of("alice", password));
 *     if (auth.requiresOtp()) {
 *         client.provideOtp(SessionLoginOtp.of(readOtpFromUser()));
 *     }
 *     SessionUser user = client.getUser();
 *     client.logout();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Every method throws only unchecked {@link SessionException}s (plus
 * {@link NullPointerException} for a null argument): the documented subclass for each documented status,
 * {@link TransportException} when no response arrived, {@link UnexpectedResponseException} for anything else.
 * {@code getUser} and {@code logout} are retried on connection failures and 502/503/504 as the
 * {@link RetryPolicy} allows; {@code login} and {@code provideOtp} are never re-sent once they may have reached
 * the server.
 */
public interface SessionClient extends AutoCloseable {

    /**
     * Starts configuring a client.
     *
     * @return a new builder
     */
    static SessionClientBuilder builder() {
        return new SessionClientBuilder();
    }

    /**
     * Logs in ({@code POST /v3/session/login}) and keeps the session cookies the server sets. When the result's
     * {@link SessionAuthReq#requiresOtp()} is true, call {@link #provideOtp(SessionLoginOtp)} before
     * {@link SessionAuthReq#otpSessionExpiresAt()}.
     *
     * @param login the credentials; validated when it was built, so an invalid one never reaches this call
     * @return whether a one-time password is still required, and until when
     * @throws NullPointerException if {@code login} is null
     * @throws InvalidCredentialsException on 401
     * @throws AlreadyLoggedInException on 409
     * @throws TooManyRequestsException on 429
     * @throws ServerErrorException on 5xx
     * @throws UnexpectedResponseException on any other status or an unreadable body
     * @throws TransportException when no response arrived
     */
    SessionAuthReq login(SessionLogin login);

    /**
     * Completes a 2FA login with the one-time password ({@code POST /v3/session/login/otp}).
     *
     * @param otp the six-digit one-time password
     * @throws NullPointerException if {@code otp} is null
     * @throws InvalidOtpException on 401
     * @throws UnexpectedOtpException on 404 (no login is waiting for an OTP)
     * @throws TooManyRequestsException on 429
     * @throws ServerErrorException on 5xx
     * @throws UnexpectedResponseException on any other status
     * @throws TransportException when no response arrived
     */
    void provideOtp(SessionLoginOtp otp);

    /**
     * Logs out ({@code POST /v3/session/logout}) and, once the server confirms, drops this client's session
     * cookies. The client can log in again afterwards.
     *
     * @throws TooManyRequestsException on 429
     * @throws ServerErrorException on 5xx after retries
     * @throws UnexpectedResponseException on any other non-2xx status
     * @throws TransportException when no response arrived
     */
    void logout();

    /**
     * Reads the logged-in user ({@code GET /v3/session/user}).
     *
     * @return the user, with account and billing details
     * @throws NotLoggedInException on 404
     * @throws TooManyRequestsException on 429
     * @throws ServerErrorException on 5xx after retries
     * @throws UnexpectedResponseException on any other status or an unreadable body
     * @throws TransportException when no response arrived
     */
    SessionUser getUser();

    /**
     * Returns the asynchronous view of this client: the same session, settings and transport, with methods
     * that return {@link java.util.concurrent.CompletableFuture}s instead of blocking.
     *
     * @return the async view, never null
     */
    AsyncSessionClient async();

    /**
     * Closes the client: drops its session cookies and closes the transport if this client created it (a
     * transport passed to {@link SessionClientBuilder#transport} stays open, it belongs to the caller). Does
     * not log out on the server. Idempotent; calls after close throw {@link IllegalStateException}.
     */
    @Override
    void close();
}
