package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.ApiError;
import io.github.i3dsession.model.ErrorDetails;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whatever a server answers — random statuses, random bytes, random JSON documents, on every operation — a call
 * either returns a correct value or throws a {@link SessionException} subtype. Nothing else escapes. The inputs come
 * from {@link RandomCases}: a failure names its seed, and {@code -Di3dsession.seed=<seed>} replays it.
 */
class RandomResponsesTest {
    private static final RandomCases CASES = RandomCases.fromSystemProperty();

    record BytesCase(int operation, int status, byte[] body, boolean jsonContentType) {
        @Override
        public String toString() {
            return "operation " + operation + ", status " + status + ", JSON content type " + jsonContentType
                    + ", body (base64) " + Base64.getEncoder().encodeToString(body);
        }
    }

    record JsonCase(int operation, int status, String document) {}

    record LoginCase(boolean requiresOtp, long expiresAt, long otpSessionExpiresAt, String json) {}

    record ErrorCase(int status, int errorCode, String errorMessage, String property, String json) {}

    @Test
    void randomBytesGiveOnlySessionExceptionsOrValues() {
        CASES.check(
                "randomBytesGiveOnlySessionExceptionsOrValues",
                400,
                random -> new BytesCase(
                        RandomInputs.operation(random),
                        RandomInputs.status(random),
                        RandomInputs.bytes(random),
                        random.nextBoolean()),
                input -> assertOnlySessionExceptionsOrValues(
                        input.operation(), input.status(), input.body(), input.jsonContentType()));
    }

    @Test
    void randomJsonDocumentsGiveOnlySessionExceptionsOrValues() {
        CASES.check(
                "randomJsonDocumentsGiveOnlySessionExceptionsOrValues",
                600,
                random -> {
                    int operation = RandomInputs.operation(random);
                    int status = RandomInputs.status(random);
                    String json = RandomInputs.json(random);
                    return new JsonCase(operation, status, random.nextBoolean() ? "[" + json + "]" : json);
                },
                input -> assertOnlySessionExceptionsOrValues(
                        input.operation(), input.status(), input.document().getBytes(StandardCharsets.UTF_8), true));
    }

    @Test
    void validLoginAnswersAreReadExactly() {
        CASES.check(
                "validLoginAnswersAreReadExactly",
                300,
                random -> {
                    boolean requiresOtp = random.nextBoolean();
                    long expiresAt = RandomInputs.epoch(random);
                    long otpSessionExpiresAt = RandomInputs.epoch(random);
                    String json = "{\"unknown\":" + RandomInputs.json(random) + ",\"requiresOtp\":" + requiresOtp
                            + ",\"expiresAt\":" + expiresAt + ",\"otpSessionExpiresAt\":" + otpSessionExpiresAt
                            + "}";
                    return new LoginCase(
                            requiresOtp,
                            expiresAt,
                            otpSessionExpiresAt,
                            random.nextBoolean() ? "[" + json + "]" : json);
                },
                input -> {
                    ScriptedTransport transport =
                            new ScriptedTransport().thenStatus(200, input.json(), "Content-Type", "application/json");

                    SessionAuthReq auth = client(transport).login(SessionLogin.of("alice", "pw"));

                    assertThat(auth)
                            .isEqualTo(SessionAuthReq.builder()
                                    .requiresOtp(input.requiresOtp())
                                    .expiresAt(input.expiresAt())
                                    .otpSessionExpiresAt(input.otpSessionExpiresAt())
                                    .build());
                });
    }

    @Test
    void errorDocumentsOnAnyFailureStatusAreParsedExactly() {
        CASES.check(
                "errorDocumentsOnAnyFailureStatusAreParsedExactly",
                300,
                random -> {
                    int status = RandomInputs.failureStatus(random);
                    int errorCode = RandomInputs.anyInt(random);
                    String errorMessage = RandomInputs.text(random, 20);
                    String property = RandomInputs.text(random, 20);
                    String json = "{\"errorCode\":" + errorCode + ",\"errorMessage\":"
                            + RandomInputs.quote(errorMessage) + ",\"errors\":[{\"property\":"
                            + RandomInputs.quote(property) + ",\"message\":\"m\"}]}";
                    return new ErrorCase(status, errorCode, errorMessage, property, json);
                },
                input -> {
                    ScriptedTransport transport = new ScriptedTransport().thenStatus(input.status(), input.json());

                    try {
                        client(transport).getUser();
                        throw new AssertionError("status " + input.status() + " must fail");
                    } catch (SessionException e) {
                        assertThat(e.statusCode()).isEqualTo(input.status());
                        assertThat(e.apiError())
                                .contains(ApiError.of(
                                        input.errorCode(),
                                        input.errorMessage(),
                                        List.of(ErrorDetails.of(input.property(), "m"))));
                    }
                });
    }

    private static void assertOnlySessionExceptionsOrValues(
            int operation, int status, byte[] body, boolean jsonContentType) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (jsonContentType) {
            headers.put("Content-Type", List.of("application/json"));
        }
        ScriptedTransport transport = new ScriptedTransport();
        for (int i = 0; i < 3; i++) {
            transport.then(request -> TransportResponse.of(status, headers, new ByteArrayInputStream(body)));
        }
        SessionClient client = client(transport);
        try {
            Object result = call(client, operation);
            assertThat(status).isBetween(200, 299);
            if (operation == 0 || operation == 3) {
                assertThat(result).isNotNull();
            }
        } catch (SessionException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private static Object call(SessionClient client, int operation) {
        switch (operation) {
            case 0:
                return client.login(SessionLogin.of("alice", "pw"));
            case 1:
                client.provideOtp(SessionLoginOtp.of("123456"));
                return null;
            case 2:
                client.logout();
                return null;
            default:
                return client.getUser();
        }
    }

    private static SessionClient client(ScriptedTransport transport) {
        return SessionClient.builder()
                .baseUri(URI.create("https://api.i3d.net"))
                .transport(transport)
                .retryPolicy(RetryPolicy.builder()
                        .initialBackoff(Duration.ZERO)
                        .maxBackoff(Duration.ZERO)
                        .maxRetryAfter(Duration.ZERO)
                        .build())
                .build();
    }
}
