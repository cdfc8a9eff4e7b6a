package io.github.i3dsession.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbortSignalTest {

    @Test
    void abortRunsEveryRegisteredActionOnce() {
        AbortSignal signal = AbortSignal.create();
        List<String> ran = new ArrayList<>();
        signal.onAbort(() -> ran.add("first"));
        signal.onAbort(() -> ran.add("second"));

        signal.abort();
        signal.abort();

        assertThat(ran).containsExactly("first", "second");
        assertThat(signal.isAborted()).isTrue();
    }

    @Test
    void anActionRegisteredAfterTheAbortRunsAtOnce() {
        AbortSignal signal = AbortSignal.create();
        signal.abort();
        List<String> ran = new ArrayList<>();

        signal.onAbort(() -> ran.add("late"));

        assertThat(ran).containsExactly("late");
    }

    @Test
    void aClosedRegistrationNeverRuns() {
        AbortSignal signal = AbortSignal.create();
        List<String> ran = new ArrayList<>();
        AbortSignal.Registration registration = signal.onAbort(() -> ran.add("closed"));

        registration.close();
        signal.abort();

        assertThat(ran).isEmpty();
    }

    @Test
    void aFailingActionDoesNotKeepTheOthersFromRunning() {
        AbortSignal signal = AbortSignal.create();
        List<String> ran = new ArrayList<>();
        signal.onAbort(() -> {
            throw new IllegalStateException("broken abort");
        });
        signal.onAbort(() -> ran.add("after"));

        signal.abort();

        assertThat(ran).containsExactly("after");
    }

    @Test
    void neverCannotBeAbortedAndIsTheRequestDefault() {
        TransportRequest request = TransportRequest.builder(SessionOperation.GET_USER, URI.create("http://localhost/u"))
                .build();

        assertThat(request.abortSignal()).isSameAs(AbortSignal.never());
        assertThatThrownBy(() -> AbortSignal.never().abort())
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("AbortSignal.never() cannot be aborted");
        assertThat(AbortSignal.never().isAborted()).isFalse();
    }

    @Test
    void aNullActionIsRefusedByName() {
        assertThatThrownBy(() -> AbortSignal.create().onAbort(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("action");
    }
}
