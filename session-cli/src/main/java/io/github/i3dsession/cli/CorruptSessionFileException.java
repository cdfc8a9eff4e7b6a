package io.github.i3dsession.cli;

import java.nio.file.Path;

/**
 * A session file this tool cannot read: not its format, an unknown format version, or a session the library
 * refuses. Commands report it as "not logged in"; {@code logout} removes the file anyway.
 */
final class CorruptSessionFileException extends CliException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    CorruptSessionFileException(Path file, String reason) {
        super(
                ExitCodes.NOT_LOGGED_IN,
                "session file " + file + " is unreadable (" + reason + "); run logout to remove it, then log in"
                        + " again");
        this.file = file;
        this.reason = reason;
    }

    /** Why the file cannot be read, without any of its contents. */
    String reason() {
        return reason;
    }

    Path file() {
        return file;
    }
}
