package io.github.i3dsession.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void bodyOfExactlyTheLimitIsRead() throws Exception {
        assertThat(new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 100).readAllBytes())
                .hasSize(100);
    }

    @Test
    void oneByteOverTheLimitFails() {
        assertThatThrownBy(() -> new BoundedInputStream(new ByteArrayInputStream(new byte[101]), 100).readAllBytes())
                .isInstanceOf(BoundedInputStream.BodyLimitExceededException.class)
                .hasMessage("response body exceeds the limit of 100 bytes");
    }

    @Test
    void endlessBodyFailsAfterReadingJustPastTheLimit() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> new BoundedInputStream(endless, 1024).drain())
                .isInstanceOf(BoundedInputStream.BodyLimitExceededException.class);
        assertThat(endless.served).isEqualTo(1025);
    }

    @Test
    void singleByteReadsAreCountedToo() {
        BoundedInputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2);

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
}
