package io.github.i3dsession.api;

import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of a {@link SessionClient}, from {@link SessionClient#async()}. Same session, same
 * exceptions (as the future's cause, wrapped in a {@link java.util.concurrent.CompletionException} by
 * {@code join()}), same timeouts and retries. Transports with a native asynchronous API park no thread per call.
 * Cancelling a returned future aborts its request.
 *
 * <p>Argument checks happen at once: a null argument throws {@link NullPointerException} from the method
 * itself, not through the future.
 */
public interface AsyncSessionClient {

    /**
     * Logs in; see {@link SessionClient#login(SessionLogin)}.
     *
     * @param login the credentials
     * @return a future of the login result
     * @throws NullPointerException if {@code login} is null
     */
    CompletableFuture<SessionAuthReq> login(SessionLogin login);

    /**
     * Provides the one-time password; see {@link SessionClient#provideOtp(SessionLoginOtp)}.
     *
     * @param otp the one-time password
     * @return a future that completes when the server accepted the OTP
     * @throws NullPointerException if {@code otp} is null
     */
    CompletableFuture<Void> provideOtp(SessionLoginOtp otp);

    /**
     * Logs out; see {@link SessionClient#logout()}.
     *
     * @return a future that completes when the server confirmed
     */
    CompletableFuture<Void> logout();

    /**
     * Reads the logged-in user; see {@link SessionClient#getUser()}.
     *
     * @return a future of the user
     */
    CompletableFuture<SessionUser> getUser();

    /**
     * Calls another endpoint of the v3 API with this client's session; see {@link SessionClient#send(ApiRequest)}.
     *
     * @param request the request
     * @return a future of the response, whatever its status
     * @throws NullPointerException if {@code request} is null
     */
    CompletableFuture<ApiResponse> send(ApiRequest request);
}
