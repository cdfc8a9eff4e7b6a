package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void bodyOfExactlyTheLimitIsRead() throws Exception {
        assertThat(new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 100, null).readAllBytes())
                .hasSize(100);
    }

    @Test
    void oneByteOverTheLimitFails() {
        assertThatThrownBy(
                        () -> new BoundedInputStream(new ByteArrayInputStream(new byte[101]), 100, null).readAllBytes())
                .isInstanceOf(BoundedInputStream.BodyLimitExceededException.class)
                .hasMessage("response body exceeds the limit of 100 bytes");
    }

    @Test
    void endlessBodyFailsAfterReadingJustPastTheLimit() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> new BoundedInputStream(endless, 1024, null).drain())
                .isInstanceOf(BoundedInputStream.BodyLimitExceededException.class);
        assertThat(endless.served).isEqualTo(1025);
    }

    @Test
    void singleByteReadsAreCountedToo() {
        BoundedInputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2, null);

        assertThatThrownBy(() -> {
                    in.read();
                    in.read();
                    in.read();
                })
                .isInstanceOf(BoundedInputStream.BodyLimitExceededException.class);
    }

    private static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }

    @Test
    void aReadAfterTheAttemptsDeadlinePassedFailsWithoutReadingMore() throws Exception {
        AttemptGuard guard = AttemptGuard.arm(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100), null);
        ByteArrayInputStream source = new ByteArrayInputStream(new byte[10]);
        BoundedInputStream in = new BoundedInputStream(source, 100, guard);
        assertThat(in.read()).isZero();

        Thread.sleep(150);

        assertThatThrownBy(in::read)
                .isInstanceOf(InterruptedIOException.class)
                .hasMessage("attempt ended while its body was read: DEADLINE");
        assertThat(source.available()).as("bytes left unread").isEqualTo(9);
        assertThat(guard.reason()).isEqualTo(AttemptGuard.Reason.DEADLINE);
        guard.close();
    }
}
