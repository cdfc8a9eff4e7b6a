package io.github.i3dsession.cli;

import io.github.i3dsession.api.InvalidCredentialsException;
import io.github.i3dsession.api.InvalidOtpException;
import io.github.i3dsession.api.NotLoggedInException;
import io.github.i3dsession.api.SessionException;
import io.github.i3dsession.api.TooManyRequestsException;
import io.github.i3dsession.api.TransportException;
import io.github.i3dsession.api.UnexpectedOtpException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception a command throws into one line {@code error: <message>} on standard error and an exit code
 * from {@link ExitCodes}; a failure of the local file system (the session directory) counts as bad input. The stack trace follows only in verbose mode.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    private final BooleanSupplier verbose;

    ErrorHandler(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("error: " + message(ex));
        if (verbose.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode(ex);
    }

    static int exitCode(Exception ex) {
        if (ex instanceof CliException) {
            return ((CliException) ex).exitCode();
        }
        if (ex instanceof InvalidCredentialsException || ex instanceof InvalidOtpException) {
            return ExitCodes.AUTHENTICATION_FAILED;
        }
        if (ex instanceof NotLoggedInException || ex instanceof UnexpectedOtpException) {
            return ExitCodes.NOT_LOGGED_IN;
        }
        if (ex instanceof TooManyRequestsException) {
            return ExitCodes.RATE_LIMITED;
        }
        if (ex instanceof TransportException) {
            return ExitCodes.NETWORK_FAILURE;
        }
        if (ex instanceof IllegalArgumentException
                || ex instanceof IllegalStateException
                || ex instanceof UncheckedIOException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.API_FAILURE;
    }

    private static String message(Exception ex) {
        String message = ex.getMessage();
        if (ex instanceof UncheckedIOException) {
            // Our own "cannot write session file ..." and the file system's reason.
            return message + " (" + ex.getCause().getMessage() + ")";
        }
        if (ex instanceof SessionException
                || ex instanceof CliException
                || ex instanceof IllegalArgumentException
                || ex instanceof IllegalStateException) {
            return message == null ? ex.getClass().getSimpleName() : message;
        }
        // Unexpected: the type says more than the message alone.
        return message == null ? ex.getClass().getName() : ex.getClass().getName() + ": " + message;
    }
}
