package io.github.i3dsession.cli;

import java.util.function.Function;

/** Reads the environment variables the options name; checked before any prompt, so a typo costs no typing. */
final class Environment {
    private Environment() {}

    /**
     * Returns the value of {@code variable}.
     *
     * @throws CliException (bad input) naming the variable and the option when it is unset or blank
     */
    static String require(Function<String, String> environment, String variable, String option) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw CliException.badInput("environment variable " + variable + " (" + option + ") is not set");
        }
        return value;
    }
}
