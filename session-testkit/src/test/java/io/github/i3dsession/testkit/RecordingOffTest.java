package io.github.i3dsession.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordingOffTest {

    @Test
    void withRecordingOffOnlyCountsAreKept() throws Exception {
        try (FakeSessionServer server = FakeSessionServer.builder()
                .user(FakeUser.withoutOtp("alice", "pw"))
                .recording(false)
                .start()) {
            RawClient client = new RawClient(server);

            assertThat(client.login("alice", "pw").statusCode()).isEqualTo(200);
            assertThat(client.user().statusCode()).isEqualTo(200);
            assertThat(client.user().statusCode()).isEqualTo(200);

            assertThat(server.requests()).isEmpty();
            assertThat(server.exchanges()).isEmpty();
            assertThat(server.requestCount()).isEqualTo(3);
            assertThat(server.requestCount("GET", "/v3/session/user")).isEqualTo(2);
            assertThat(server.requestCount("get", "/v3/session/user")).isEqualTo(2);
            server.clearRequests();
            assertThat(server.requestCount()).isZero();
        }
    }
}
