package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void defaultsAreDocumentedValues() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.retryOnTooManyRequests()).isFalse();
    }

    @Test
    void noneMakesOneAttempt() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void toBuilderRoundTrips() {
        RetryPolicy policy = RetryPolicy.builder()
                .maxAttempts(5)
                .retryOnTooManyRequests(true)
                .build();

        assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    }

    @Test
    void invalidSettingsAreNamed() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .hasMessage("maxAttempts must be between 1 and 10: 0");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
                .hasMessage("initialBackoff must not be negative: PT-0.001S");
        assertThatThrownBy(() -> RetryPolicy.builder()
                        .initialBackoff(Duration.ofSeconds(5))
                        .build())
                .hasMessage("initialBackoff (PT5S) must not exceed maxBackoff (PT2S)");
    }
}
