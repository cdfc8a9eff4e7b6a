package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.io.IOException;
import java.util.Objects;

/** Builds the {@link Call} of each client method: what it sends and how its result is read. */
final class Calls {
    private static final String JSON = "application/json";

    private Calls() {}

    static Call<SessionAuthReq> login(ClientConfig config, SessionLogin login) {
        Objects.requireNonNull(login, "login");
        return Call.builder(
                        SessionOperation.LOGIN,
                        config.uri(SessionOperation.LOGIN),
                        (response, body) -> SessionJson.readAuthReq(body))
                .body(SessionJson.writeLogin(login), JSON)
                .expectedType("SessionAuthReq")
                .secret(login.password())
                .build();
    }

    static Call<Void> otp(ClientConfig config, SessionLoginOtp otp) {
        Objects.requireNonNull(otp, "otp");
        return Call.<Void>builder(SessionOperation.PROVIDE_OTP, config.uri(SessionOperation.PROVIDE_OTP), Calls::drain)
                .body(SessionJson.writeOtp(otp), JSON)
                .secret(otp.otp().toCharArray())
                .build();
    }

    static Call<Void> logout(ClientConfig config) {
        return Call.<Void>builder(SessionOperation.LOGOUT, config.uri(SessionOperation.LOGOUT), Calls::drain)
                .build();
    }

    static Call<SessionUser> user(ClientConfig config) {
        return Call.builder(
                        SessionOperation.GET_USER,
                        config.uri(SessionOperation.GET_USER),
                        (response, body) -> SessionJson.readUser(body))
                .expectedType("SessionUser")
                .needsSession()
                .build();
    }

    private static Void drain(TransportResponse response, BoundedInputStream body) throws IOException {
        body.drain();
        return null;
    }
}
