package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionUserJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void userJsonHasEveryPropertyOfTheSpecSchemas() throws Exception {
        JsonNode schemas = MAPPER.readTree(FakeServerConformsToOpenApiTest.spec())
                .get("components")
                .get("schemas");

        JsonNode user = MAPPER.readTree(Json.bytes(Json.sessionUser(FakeUser.defaultProfile("alice")), false));

        assertThat(names(user))
                .containsExactlyElementsOf(names(schemas.get("SessionUser").get("properties")));
        assertThat(names(user.get("details")))
                .containsExactlyElementsOf(names(schemas.get("AccountDetails").get("properties")));
        assertThat(names(user.get("billingDetails")))
                .containsExactlyElementsOf(
                        names(schemas.get("AccountBillingDetails").get("properties")));
        assertThat(names(user.get("details").get("unconfirmedEmail")))
                .containsExactlyElementsOf(names(schemas.get("UnconfirmedEmail").get("properties")));
    }

    @Test
    void defaultProfileHasNoNullOrEmptyValue() throws Exception {
        JsonNode user = MAPPER.readTree(Json.bytes(Json.sessionUser(FakeUser.defaultProfile("alice")), false));

        List<String> trivial = new ArrayList<>();
        collectTrivial("", user, trivial);

        assertThat(trivial).isEmpty();
    }

    @Test
    void absentNullablePropertiesAreWrittenAsJsonNull() throws Exception {
        JsonNode user = MAPPER.readTree(Json.bytes(
                Json.sessionUser(FakeServerConformsToOpenApiTest.profileWithEveryNullableAbsent("dora")), false));

        assertThat(user.get("details").get("unconfirmedEmail").isNull()).isTrue();
        assertThat(user.get("details").get("companyName").isNull()).isTrue();
        assertThat(user.get("details").get("agreeDpa").isNull()).isTrue();
        assertThat(user.get("billingDetails").get("emailAddressBilling").isNull())
                .isTrue();
        assertThat(user.get("details").get("isAllowedFlexMetal").asInt()).isEqualTo(1);
    }

    @Test
    void codesAndTimestampsAreWrittenAsRawNumbers() throws Exception {
        JsonNode user = MAPPER.readTree(Json.bytes(
                Json.sessionUser(FakeUser.defaultProfile("alice").toBuilder()
                        .accessLevel(77)
                        .build()),
                false));

        assertThat(user.get("accessLevel").isInt()).isTrue();
        assertThat(user.get("accessLevel").asInt()).isEqualTo(77);
        assertThat(user.get("details").get("unconfirmedEmail").get("expiresAt").asLong())
                .isEqualTo(1_893_456_000L);
    }

    @Test
    void profileJsonIsTheBodyTheServerSendsForTheUser() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "correct horse"))
                .start()) {
            RawClient client = new RawClient(server);
            client.login("alice", "correct horse");

            String body = client.user().body();

            assertThat(MAPPER.readTree(FakeUser.profileJson(FakeUser.defaultProfile("alice"))))
                    .isEqualTo(MAPPER.readTree(body));
        }
    }

    @Test
    void profileJsonRefusesANullProfile() {
        assertThatThrownBy(() -> FakeUser.profileJson(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("profile");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectTrivial(String path, JsonNode node, List<String> trivial) {
        if (node.isObject()) {
            node.properties().forEach(e -> collectTrivial(path + "/" + e.getKey(), e.getValue(), trivial));
        } else if (node.isNull() || (node.isTextual() && node.textValue().isBlank())) {
            trivial.add(path);
        }
    }
}
