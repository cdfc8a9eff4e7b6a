package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.api.spi.TransportResponse;
import io.github.i3dsession.model.ApiError;
import io.github.i3dsession.model.SessionAuthReq;
import io.github.i3dsession.model.SessionLogin;
import io.github.i3dsession.model.SessionLoginOtp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a server answers — random statuses, random bytes, random JSON documents, on every operation — a call
 * either returns a correct value or throws a {@link SessionException} subtype. Nothing else escapes.
 */
class RandomResponsesPropertyTest {
    private static final List<String> NAMES = List.of(
            "requiresOtp",
            "expiresAt",
            "otpSessionExpiresAt",
            "userId",
            "userName",
            "details",
            "billingDetails",
            "errorCode",
            "errorMessage",
            "errors",
            "property",
            "message",
            "accountType",
            "city",
            "unconfirmedEmail",
            "x",
            "");

    @Property(tries = 400)
    void randomBytesGiveOnlySessionExceptionsOrValues(
            @ForAll("operations") int operation,
            @ForAll("statuses") int status,
            @ForAll byte[] body,
            @ForAll boolean jsonContentType) {
        assertOnlySessionExceptionsOrValues(operation, status, body, jsonContentType);
    }

    @Property(tries = 600)
    void randomJsonDocumentsGiveOnlySessionExceptionsOrValues(
            @ForAll("operations") int operation,
            @ForAll("statuses") int status,
            @ForAll("json") String json,
            @ForAll boolean wrapInArray) {
        String document = wrapInArray ? "[" + json + "]" : json;
        assertOnlySessionExceptionsOrValues(operation, status, document.getBytes(StandardCharsets.UTF_8), true);
    }

    @Property(tries = 300)
    void validLoginAnswersAreReadExactly(
            @ForAll boolean requiresOtp,
            @ForAll("epochs") long expiresAt,
            @ForAll("epochs") long otpSessionExpiresAt,
            @ForAll("json") String unknownValue,
            @ForAll boolean wrapInArray) {
        String json = "{\"unknown\":" + unknownValue + ",\"requiresOtp\":" + requiresOtp + ",\"expiresAt\":" + expiresAt
                + ",\"otpSessionExpiresAt\":" + otpSessionExpiresAt + "}";
        ScriptedTransport transport = new ScriptedTransport()
                .thenStatus(200, wrapInArray ? "[" + json + "]" : json, "Content-Type", "application/json");

        SessionAuthReq auth = client(transport).login(SessionLogin.of("alice", "pw"));

        assertThat(auth)
                .isEqualTo(SessionAuthReq.builder()
                        .requiresOtp(requiresOtp)
                        .expiresAt(expiresAt)
                        .otpSessionExpiresAt(otpSessionExpiresAt)
                        .build());
    }

    @Property(tries = 300)
    void errorDocumentsOnAnyFailureStatusAreParsedExactly(
            @ForAll("failures") int status,
            @ForAll int errorCode,
            @ForAll("text") String errorMessage,
            @ForAll("text") String property) {
        String json = "{\"errorCode\":" + errorCode + ",\"errorMessage\":" + quote(errorMessage)
                + ",\"errors\":[{\"property\":" + quote(property) + ",\"message\":\"m\"}]}";
        ScriptedTransport transport = new ScriptedTransport().thenStatus(status, json);

        try {
            client(transport).getUser();
            throw new AssertionError("status " + status + " must fail");
        } catch (SessionException e) {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.apiError())
                    .contains(ApiError.of(
                            errorCode,
                            errorMessage,
                            List.of(io.github.i3dsession.model.ErrorDetails.of(property, "m"))));
        }
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
                        .initialBackoff(java.time.Duration.ZERO)
                        .maxBackoff(java.time.Duration.ZERO)
                        .maxRetryAfter(java.time.Duration.ZERO)
                        .build())
                .build();
    }

    @Provide
    Arbitrary<Integer> operations() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.oneOf(
                Arbitraries.of(200, 204, 301, 302, 400, 401, 404, 409, 429, 500, 502, 503, 504),
                Arbitraries.integers().between(100, 599));
    }

    @Provide
    Arbitrary<Integer> failures() {
        return Arbitraries.integers().between(300, 599).filter(s -> s != 502 && s != 503 && s != 504);
    }

    @Provide
    Arbitrary<Long> epochs() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 4_102_444_800L));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> json() {
        return jsonValue(4);
    }

    private Arbitrary<String> jsonValue(int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(RandomResponsesPropertyTest::quote),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(s -> !s.contains("N") && !s.contains("I")),
                Arbitraries.of("true", "false", "null", "1e400", "-0", "99999999999999999999999"));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<String> child = Arbitraries.lazy(() -> jsonValue(depth - 1));
        Arbitrary<String> arrays = child.list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]");
        // Member names are distinct: a duplicate property is rejected anywhere in a document, so an object with
        // one would not be the "any unknown value" the valid-answer properties mean.
        Arbitrary<String> objects = Combinators.combine(Arbitraries.of(NAMES), child)
                .as(net.jqwik.api.Tuple::of)
                .list()
                .ofMaxSize(5)
                .uniqueElements(member -> member.get1())
                .map(members -> {
                    StringBuilder object = new StringBuilder("{");
                    members.forEach(m -> object.append(object.length() > 1 ? "," : "")
                            .append(quote(m.get1()))
                            .append(':')
                            .append(m.get2()));
                    return object.append('}').toString();
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalars),
                net.jqwik.api.Tuple.of(2, arrays),
                net.jqwik.api.Tuple.of(4, objects));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
