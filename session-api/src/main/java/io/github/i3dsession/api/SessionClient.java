package io.github.i3dsession.api;

import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.net.URI;
import java.util.Map;

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
 * the server. Every call ends by its {@code callTimeout}, however slowly the server sends; interrupting the thread
 * of a blocking call ends it at once with a {@link TransportException}, the interrupt flag kept.
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
     * Calls another endpoint of the v3 API with this client's session: its cookies go with the request, and
     * {@code Set-Cookie} in the response updates the session; the API key, timeouts, retry rules, size limit and
     * redaction are the client's. With {@link SessionClientBuilder#autoLogin automatic login}, the client logs in
     * first when it has no session, and once more (repeating the request once) when the server answers 401.
     *
     * <pre>{@code
     * ApiResponse hosts = client.send(ApiRequest.get("/v3/host"));
     * if (hosts.status() == 200) {
     *     String json = hosts.bodyAsString();
     * }
     * }</pre>
     *
     * <p>Every status comes back as a response; GET, HEAD, PUT, DELETE and OPTIONS are retried on connection
     * failures and 502/503/504 as the {@link RetryPolicy} allows, and POST and PATCH are never re-sent once they
     * may have reached the server. Headers are logged by the same allow-list as the session calls; bodies never.
     *
     * @param request the request; its path is relative to the base URI
     * @return the response, whatever its status
     * @throws NullPointerException if {@code request} is null
     * @throws UnexpectedResponseException when the body exceeds the size limit
     * @throws TransportException when no response arrived within the call's deadline
     */
    ApiResponse send(ApiRequest request);

    /**
     * Returns this client's session, to save and resume later with {@link SessionClientBuilder#session}. A
     * {@link SessionState} is a credential: whoever holds it is logged in as this client's user.
     *
     * @return the base URI and the session cookies as they are now (none before a login)
     */
    SessionState session();

    /**
     * Returns the headers a request to {@code uri} must carry to use this session from another HTTP client: the
     * {@code Cookie} header with the session cookies that cover that URI, and {@code PRIVATE-TOKEN} when an API
     * key is set. The map is empty for a URI outside this client's base URI (another scheme, host, port or path),
     * so neither cookies nor the API key can leak to another server, and for a URI no session cookie covers (a
     * cookie path that does not match, or no login yet).
     *
     * @param uri an absolute URI under the base URI
     * @return the headers by name; empty when none apply
     * @throws NullPointerException if {@code uri} is null
     */
    Map<String, String> headersFor(URI uri);

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
     * not log out on the server. Calls in flight, blocking or async, end at once (within a second) with a
     * {@link TransportException} whose message says the client was closed: their exchanges are aborted, their
     * futures completed. Idempotent; calls after close throw {@link IllegalStateException}.
     */
    @Override
    void close();
}
