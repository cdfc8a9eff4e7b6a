package io.github.i3dsession.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import io.github.i3dsession.testkit.FakeResponse;
import io.github.i3dsession.testkit.FakeSessionServer;
import io.github.i3dsession.testkit.FakeUser;
import io.github.i3dsession.testkit.RecordedExchange;
import io.github.i3dsession.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every request the client sends, and every response it is given, in a run that reaches every documented
 * status of every endpoint, is checked against the OpenAPI document with a real validator.
 */
class ClientConformsToOpenApiTest {
    private static final String SPEC = "/io/github/i3dsession/testkit/i3d-session-openapi.json";

    @Test
    void everyRequestAndResponseOfAFullRunConformsToTheSpec() {
        try (FakeSessionServer server = FakeSessionServer.builder()
                        .user(FakeUser.withoutOtp("alice", "pw-alice"))
                        .user(FakeUser.withOtp("bob", "pw-bob", "135790"))
                        .maxFailedLogins(2)
                        .start();
                JdkTransport transport = JdkTransport.create()) {
            SessionClient alice = SessionClient.builder()
                    .baseUri(server.baseUri())
                    .transport(transport)
                    .apiKey("key-123")
                    .build();
            SessionClient bob = SessionClient.builder()
                    .baseUri(server.baseUri())
                    .transport(transport)
                    .build();

            ignoring(bob::getUser); // 404
            ignoring(() -> bob.provideOtp(SessionLoginOtp.of("135790"))); // 404
            bob.login(SessionLogin.of("bob", "pw-bob")); // 200, requiresOtp
            ignoring(() -> bob.provideOtp(SessionLoginOtp.of("000000"))); // 401
            bob.provideOtp(SessionLoginOtp.of("135790")); // 204
            bob.getUser(); // 200
            ignoring(() -> bob.login(SessionLogin.of("bob", "pw-bob"))); // 409
            bob.logout(); // 204
            alice.login(SessionLogin.of("alice", "pw-alice"));
            for (String path :
                    List.of("/v3/session/login", "/v3/session/login/otp", "/v3/session/logout", "/v3/session/user")) {
                server.enqueue(path, FakeResponse.serverError());
            }
            ignoring(() -> alice.login(SessionLogin.of("alice", "pw-alice"))); // 500
            ignoring(() -> alice.provideOtp(SessionLoginOtp.of("135790"))); // 500
            ignoring(alice::getUser); // 500
            ignoring(alice::logout); // 500
            ignoring(() -> alice.login(SessionLogin.of("alice", "wrong"))); // 409 (still logged in)
            alice.logout();
            ignoring(() -> alice.login(SessionLogin.of("alice", "wrong"))); // 401
            ignoring(() -> alice.login(SessionLogin.of("alice", "wrong"))); // 401
            ignoring(() -> alice.login(SessionLogin.of("alice", "wrong"))); // 429

            OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(
                            FakeSessionServer.class.getResource(SPEC).toString())
                    .build();
            List<RecordedExchange> exchanges = server.exchanges();
            assertThat(exchanges)
                    .extracting(RecordedExchange::responseStatus)
                    .contains(200, 204, 401, 404, 409, 429, 500);
            for (RecordedExchange exchange : exchanges) {
                ValidationReport report = validator.validate(request(exchange.request()), response(exchange));
                assertThat(report.getMessages()).as(exchange.toString()).isEmpty();
            }
            alice.close();
            bob.close();
        }
    }

    @Test
    void unconformingRequestsAreCaughtByTheValidator() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        FakeSessionServer.class.getResource(SPEC).toString())
                .build();
        Request extraProperty = SimpleRequest.Builder.post("/v3/session/login")
                .withContentType("application/json")
                .withBody("{\"userName\":\"a\",\"password\":\"b\",\"remember\":true}")
                .build();

        assertThat(validator.validateRequest(extraProperty).hasErrors()).isTrue();
    }

    private static void ignoring(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(SessionException.class);
    }

    private static Request request(RecordedRequest recorded) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(recorded.method(), recorded.path());
        for (Map.Entry<String, List<String>> header : recorded.headers().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (recorded.body().length > 0) {
            builder.withBody(recorded.bodyUtf8());
        }
        return builder.build();
    }

    private static SimpleResponse response(RecordedExchange exchange) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(exchange.responseStatus());
        for (Map.Entry<String, List<String>> header : exchange.responseHeaders().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (exchange.responseBody().length > 0) {
            builder.withBody(exchange.responseBodyUtf8());
        }
        return builder.build();
    }
}
