package io.github.i3dsession.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ContractApiTest {

    @Test
    void awaitReturnsTheValueOfACompletedFuture() {
        assertThat(ContractApi.Async.await(CompletableFuture.completedFuture("value")))
                .isEqualTo("value");
    }

    @Test
    void awaitRethrowsAnUncheckedCauseAsIs() {
        IllegalStateException cause = new IllegalStateException("SessionClient is closed");

        assertThatThrownBy(() -> ContractApi.Async.await(CompletableFuture.failedFuture(cause)))
                .isSameAs(cause);
    }

    @Test
    void awaitWrapsACheckedCauseInAnAssertionError() {
        IOException cause = new IOException("disk");

        assertThatThrownBy(() -> ContractApi.Async.await(CompletableFuture.failedFuture(cause)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("future failed with a checked exception")
                .hasCause(cause);
    }
}
