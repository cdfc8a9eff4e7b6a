package io.github.i3dsession.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads secrets from the console without echo ({@link Console#readPassword}); without a console (input or
 * output redirected, as in scripts) it falls back to a line from standard input.
 *
 * <p>Ctrl-C at a prompt: the JVM exits with 130 and the JDK's own shutdown hook turns echo back on; a hook of this
 * class ends the prompt's line, so that the shell's prompt does not start after ours.
 */
final class ConsoleSecretReader implements SecretReader {
    private static final AtomicBoolean HOOK_INSTALLED = new AtomicBoolean();
    /** True while a console prompt waits for input. */
    private static volatile boolean prompting;

    private final Console console;
    private final SecretReader fallback;

    /**
     * Creates the reader.
     *
     * @param console the console, or null when the JVM has none
     * @param fallback the reader used when there is no console
     */
    ConsoleSecretReader(Console console, SecretReader fallback) {
        this.console = console;
        this.fallback = fallback;
    }

    @Override
    public boolean interactive() {
        return console != null || fallback.interactive();
    }

    @Override
    public char[] readSecret(String prompt) {
        if (console == null) {
            return fallback.readSecret(prompt);
        }
        installInterruptHook();
        prompting = true;
        char[] secret;
        try {
            // The prompt goes through a format string: escape the user name it may contain.
            secret = console.readPassword("%s", prompt);
        } finally {
            prompting = false;
        }
        if (secret == null) {
            throw new IllegalStateException("the console ended before the secret was read");
        }
        return secret;
    }

    private static void installInterruptHook() {
        if (HOOK_INSTALLED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(ConsoleSecretReader::endPromptLine, "i3d-session-tty"));
        }
    }

    private static void endPromptLine() {
        if (!prompting) {
            return;
        }
        // Not through the Console: readPassword holds its write lock while it waits, so this would hang.
        try {
            FileOutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            // The terminal is gone; there is no line left to end.
        }
    }
}
