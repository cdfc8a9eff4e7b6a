package io.github.i3dsession.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command, as {@code --help} and docs/cli.md list them. */
final class ExitCodes {
    static final int OK = 0;
    static final int API_FAILURE = 1;
    static final int BAD_INPUT = 2;
    static final int AUTHENTICATION_FAILED = 3;
    static final int NOT_LOGGED_IN = 4;
    static final int RATE_LIMITED = 5;
    static final int NETWORK_FAILURE = 6;
    /** 128 + SIGINT, as shells report a command ended by Ctrl-C. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {}

    /** The exit code list of {@code --help}, code to description. */
    static Map<String, String> help() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(OK), "Success.");
        codes.put(Integer.toString(API_FAILURE), "Any other API error (unexpected status, server error).");
        codes.put(
                Integer.toString(BAD_INPUT), "Usage error or bad input (option, environment variable, session file).");
        codes.put(
                Integer.toString(AUTHENTICATION_FAILED), "Authentication failed: wrong password or one-time password.");
        codes.put(
                Integer.toString(NOT_LOGGED_IN),
                "Not logged in: no stored session, or the server no longer accepts it.");
        codes.put(Integer.toString(RATE_LIMITED), "Rate limited by the server; the message says when to retry.");
        codes.put(Integer.toString(NETWORK_FAILURE), "Network failure or timeout: no response arrived.");
        codes.put(Integer.toString(INTERRUPTED), "Interrupted with Ctrl-C.");
        return codes;
    }
}
