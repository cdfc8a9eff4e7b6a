package io.github.i3dsession.testkit.contract;

import io.github.i3dsession.api.ApiRequest;
import io.github.i3dsession.api.ApiResponse;
import io.github.i3dsession.api.AsyncSessionClient;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The four calls, made either through {@link SessionClient} or through its {@link AsyncSessionClient} view, so
 * that every contract test proves both. The async form waits for the future and rethrows its cause as is.
 */
interface ContractApi {
    SessionAuthReq login(SessionLogin login);

    void provideOtp(SessionLoginOtp otp);

    void logout();

    SessionUser getUser();

    ApiResponse send(ApiRequest request);

    static ContractApi of(SessionClient client, ContractMode mode) {
        return mode == ContractMode.SYNC ? new Sync(client) : new Async(client.async());
    }

    /** Blocking calls. */
    final class Sync implements ContractApi {
        private final SessionClient client;

        Sync(SessionClient client) {
            this.client = client;
        }

        @Override
        public SessionAuthReq login(SessionLogin login) {
            return client.login(login);
        }

        @Override
        public void provideOtp(SessionLoginOtp otp) {
            client.provideOtp(otp);
        }

        @Override
        public void logout() {
            client.logout();
        }

        @Override
        public SessionUser getUser() {
            return client.getUser();
        }

        @Override
        public ApiResponse send(ApiRequest request) {
            return client.send(request);
        }
    }

    /** Async calls, awaited. */
    final class Async implements ContractApi {
        private final AsyncSessionClient client;

        Async(AsyncSessionClient client) {
            this.client = client;
        }

        @Override
        public SessionAuthReq login(SessionLogin login) {
            return await(client.login(login));
        }

        @Override
        public void provideOtp(SessionLoginOtp otp) {
            await(client.provideOtp(otp));
        }

        @Override
        public void logout() {
            await(client.logout());
        }

        @Override
        public SessionUser getUser() {
            return await(client.getUser());
        }

        @Override
        public ApiResponse send(ApiRequest request) {
            return await(client.send(request));
        }

        static <T> T await(CompletableFuture<T> future) {
            try {
                return future.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new AssertionError("future failed with a checked exception", cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            } catch (TimeoutException e) {
                throw new AssertionError("the future did not complete within 60 s: the async call hangs", e);
            }
        }
    }
}
