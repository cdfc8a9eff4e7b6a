package io.github.i3dsession.cli;

import java.io.Console;

/**
 * Reads secrets from the console without echo ({@link Console#readPassword}); without a console (input or
 * output redirected, as in scripts) it falls back to a line from standard input.
 */
final class ConsoleSecretReader implements SecretReader {
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
    public char[] readSecret(String prompt) {
        if (console == null) {
            return fallback.readSecret(prompt);
        }
        // The prompt goes through a format string: escape the user name it may contain.
        char[] secret = console.readPassword("%s", prompt);
        if (secret == null) {
            throw new IllegalStateException("the console ended before the secret was read");
        }
        return secret;
    }
}
