package io.github.i3dsession.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Reads secrets line by line from standard input, for scripts that pipe them in. Not thread-safe. One instance
 * must serve every read from one stream: the underlying decoder reads ahead, so a second reader over the same
 * stream would miss what the first one buffered.
 */
final class StdinSecretReader implements SecretReader {
    private final Reader in;
    private final PrintWriter prompts;

    StdinSecretReader(InputStream in, Charset charset, PrintWriter prompts) {
        this.in = new InputStreamReader(in, charset);
        this.prompts = prompts;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public char[] readSecret(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        char[] line = new char[64];
        int length = 0;
        try {
            int c = in.read();
            if (c < 0) {
                throw new IllegalStateException("standard input ended before the secret was read");
            }
            while (c >= 0 && c != '\n') {
                if (length == line.length) {
                    char[] larger = Arrays.copyOf(line, length * 2);
                    Arrays.fill(line, '\0');
                    line = larger;
                }
                line[length++] = (char) c;
                c = in.read();
            }
        } catch (IOException e) {
            Arrays.fill(line, '\0');
            throw new UncheckedIOException("cannot read standard input", e);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] secret = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return secret;
    }
}
