package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.i3dsession.model.SessionUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Drives the fake through every documented status of every endpoint and validates each recorded exchange,
 * request and response, against the OpenAPI spec that ships with the kit. The out-of-spec 400 is not sent.
 */
class FakeServerConformsToOpenApiTest {
    private static final String LOGIN = "/v3/session/login";
    private static final String OTP = "/v3/session/login/otp";
    private static final String LOGOUT = "/v3/session/logout";
    private static final String USER = "/v3/session/user";
    private static final String SPEC = "i3d-session-openapi.json";

    @Test
    void everyExchangeOfAFullRunConformsToTheSpec() {
        OpenApiInteractionValidator validator = validator();
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .user(FakeUser.withOtp("bob", "battery staple", "123456"))
                .user(FakeUser.withoutOtp("dora", "pw").withProfile(profileWithEveryNullableAbsent("dora")))
                .maxFailedLogins(2)
                .start()) {
            fullRun(server);

            List<RecordedExchange> exchanges = server.exchanges();
            Set<String> covered = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            for (RecordedExchange exchange : exchanges) {
                RecordedRequest request = exchange.request();
                covered.add(request.method() + " " + request.path() + " " + exchange.responseStatus());
                ValidationReport report =
                        validator.validate(toValidatorRequest(request), toValidatorResponse(exchange));
                if (report.hasErrors()) {
                    problems.add(exchange + ": " + report.getMessages());
                }
            }

            assertThat(problems).isEmpty();
            assertThat(covered)
                    .containsExactlyInAnyOrder(
                            "GET " + USER + " 200",
                            "GET " + USER + " 404",
                            "GET " + USER + " 500",
                            "POST " + LOGIN + " 200",
                            "POST " + LOGIN + " 401",
                            "POST " + LOGIN + " 409",
                            "POST " + LOGIN + " 429",
                            "POST " + LOGIN + " 500",
                            "POST " + OTP + " 204",
                            "POST " + OTP + " 401",
                            "POST " + OTP + " 404",
                            "POST " + OTP + " 500",
                            "POST " + LOGOUT + " 204",
                            "POST " + LOGOUT + " 500");
        }
    }

    @Test
    void theCheckHasTeethWrappedObjectsDoNotConform() {
        OpenApiInteractionValidator validator = validator();
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .wrapObjectsInArray(true)
                .start()) {
            new RawClient(server).login("alice", "correct horse");

            RecordedExchange login = server.exchanges().get(0);
            ValidationReport report =
                    validator.validate(toValidatorRequest(login.request()), toValidatorResponse(login));

            assertThat(report.hasErrors()).isTrue();
        }
    }

    private static void fullRun(FakeSessionServer server) {
        RawClient alice = new RawClient(server);
        assertThat(alice.user().statusCode()).isEqualTo(404);
        assertThat(alice.login("alice", "wrong").statusCode()).isEqualTo(401);
        assertThat(alice.login("alice", "correct horse").statusCode()).isEqualTo(200);
        assertThat(alice.login("alice", "correct horse").statusCode()).isEqualTo(409);
        assertThat(alice.user().statusCode()).isEqualTo(200);
        assertThat(alice.logout().statusCode()).isEqualTo(204);

        RawClient bob = new RawClient(server);
        assertThat(bob.otp("123456").statusCode()).isEqualTo(404);
        assertThat(bob.login("bob", "battery staple").statusCode()).isEqualTo(200);
        assertThat(bob.otp("000000").statusCode()).isEqualTo(401);
        assertThat(bob.otp("123456").statusCode()).isEqualTo(204);
        assertThat(bob.user().statusCode()).isEqualTo(200);

        RawClient mallory = new RawClient(server);
        assertThat(mallory.login("bob", "guess 1").statusCode()).isEqualTo(401);
        assertThat(mallory.login("bob", "guess 2").statusCode()).isEqualTo(401);
        assertThat(mallory.login("bob", "guess 3").statusCode()).isEqualTo(429);

        RawClient dora = new RawClient(server);
        assertThat(dora.login("dora", "pw").statusCode()).isEqualTo(200);
        assertThat(dora.user().statusCode()).isEqualTo(200);

        for (String path : List.of(LOGIN, OTP, LOGOUT, USER)) {
            server.enqueue(path, FakeResponse.serverError());
        }
        assertThat(dora.login("dora", "pw").statusCode()).isEqualTo(500);
        assertThat(dora.otp("123456").statusCode()).isEqualTo(500);
        assertThat(dora.user().statusCode()).isEqualTo(500);
        assertThat(dora.logout().statusCode()).isEqualTo(500);
    }

    private static OpenApiInteractionValidator validator() {
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        FakeSessionServer.class.getResource(SPEC).toString())
                .build();
    }

    private static Request toValidatorRequest(RecordedRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (request.body().length > 0) {
            builder.withBody(request.bodyUtf8());
        }
        return builder.build();
    }

    private static SimpleResponse toValidatorResponse(RecordedExchange exchange) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(exchange.responseStatus());
        for (Map.Entry<String, List<String>> header : exchange.responseHeaders().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (exchange.responseBody().length > 0) {
            builder.withBody(exchange.responseBodyUtf8());
        }
        return builder.build();
    }

    /** The default profile with every nullable property of the spec set to null. */
    static SessionUser profileWithEveryNullableAbsent(String userName) {
        SessionUser profile = FakeUser.defaultProfile(userName);
        return profile.toBuilder()
                .details(profile.details().toBuilder()
                        .companyName(null)
                        .vatNumber(null)
                        .cocNumber(null)
                        .unconfirmedEmail(null)
                        .emailAddressValidated((Integer) null)
                        .phoneNumber(null)
                        .phoneNumberMobile(null)
                        .emailAddressAbuse(null)
                        .newsletter((Integer) null)
                        .agreeToc((Integer) null)
                        .agreeAup((Integer) null)
                        .agreeDpa((Integer) null)
                        .build())
                .billingDetails(profile.billingDetails().toBuilder()
                        .phoneNumber(null)
                        .phoneNumberMobile(null)
                        .emailAddressBilling(null)
                        .build())
                .build();
    }

    static String spec() throws IOException {
        try (InputStream in = FakeSessionServer.class.getResourceAsStream(SPEC)) {
            assertThat(in).as("spec on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
