package io.github.i3dsession.cli;

/**
 * Reads a secret the user types: a password or a one-time password. The CLI takes one so that tests can feed
 * secrets without a terminal; the default reads from the console without echo and, when there is no console,
 * a line from standard input.
 *
 * <p>The caller owns the returned array and wipes it after use.
 */
public interface SecretReader {

    /**
     * Shows {@code prompt} and reads one secret.
     *
     * @param prompt the prompt, such as {@code "Password for alice: "}
     * @return the secret without its line terminator; a new array the caller wipes
     * @throws IllegalStateException if there is nothing left to read (end of input)
     */
    char[] readSecret(String prompt);

    /**
     * Tells whether a person answers: only then is a rejected one-time password asked for again.
     *
     * @return true unless the secrets come from a script
     */
    default boolean interactive() {
        return true;
    }
}
