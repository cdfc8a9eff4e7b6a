package io.github.i3dsession.api.internal;

import io.github.i3dsession.api.ApiRequest;
import io.github.i3dsession.api.ApiResponse;
import io.github.i3dsession.api.spi.SessionOperation;
import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.model.SessionUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static Call<ApiResponse> send(ClientConfig config, ApiRequest request) {
        Objects.requireNonNull(request, "request");
        Call.Builder<ApiResponse> b = Call.builder(
                SessionOperation.SEND, URI.create(config.baseUri + request.pathAndQuery()), Calls::readApiResponse);
        b.method = request.method();
        b.pathTemplate = request.path();
        b.idempotent = request.isIdempotent();
        b.raw = true;
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        b.headers = headers;
        byte[] body = request.body();
        if (body.length > 0 || request.contentType().isPresent()) {
            b.body(body, request.contentType().orElse("application/octet-stream"));
        }
        return b.needsSession().build();
    }

    /** Reads the whole body (within the size limit) and keeps every header. */
    private static ApiResponse readApiResponse(TransportResponse response, BoundedInputStream body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = body.read(chunk, 0, chunk.length)) > 0; ) {
            bytes.write(chunk, 0, n);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.headerNames()) {
            headers.put(name, response.headers(name));
        }
        return ApiResponse.of(response.statusCode(), headers, bytes.toByteArray());
    }

    private static Void drain(TransportResponse response, BoundedInputStream body) throws IOException {
        body.drain();
        return null;
    }
}
