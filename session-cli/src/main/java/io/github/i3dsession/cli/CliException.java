package io.github.i3dsession.cli;

/**
 * A failure the command line itself detects (no stored session, an unsafe or corrupt session file), with the
 * exit code it ends with. The message is shown as it is: it must name what was wrong and never hold a secret.
 */
class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException notLoggedIn(String message) {
        return new CliException(ExitCodes.NOT_LOGGED_IN, message);
    }

    static CliException badInput(String message) {
        return new CliException(ExitCodes.BAD_INPUT, message);
    }

    int exitCode() {
        return exitCode;
    }
}
