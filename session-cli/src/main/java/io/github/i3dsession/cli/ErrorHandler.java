package io.github.i3dsession.cli;

import io.github.i3dsession.api.SessionException;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception a command throws into one line {@code error: <message>} on standard error and an exit code:
 * 1 for a failed API call ({@link SessionException}) or anything unexpected, 2 for bad input
 * ({@link IllegalArgumentException}, {@link IllegalStateException}). The stack trace follows only in verbose
 * mode.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int API_FAILURE = 1;
    static final int BAD_INPUT = 2;

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
        boolean badInput = ex instanceof IllegalArgumentException || ex instanceof IllegalStateException;
        return badInput ? BAD_INPUT : API_FAILURE;
    }

    private static String message(Exception ex) {
        String message = ex.getMessage();
        if (ex instanceof SessionException
                || ex instanceof IllegalArgumentException
                || ex instanceof IllegalStateException) {
            return message == null ? ex.getClass().getSimpleName() : message;
        }
        // Unexpected: the type says more than the message alone.
        return message == null ? ex.getClass().getName() : ex.getClass().getName() + ": " + message;
    }
}
