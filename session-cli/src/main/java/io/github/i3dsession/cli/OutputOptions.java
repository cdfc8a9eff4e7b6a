package io.github.i3dsession.cli;

import picocli.CommandLine.Option;

/** The {@code --output} option of the commands that print a result. A picocli mixin. */
final class OutputOptions {
    @Option(
            names = "--output",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json prints one"
                    + " JSON document on standard output and nothing else.")
    private OutputFormat format;

    boolean json() {
        return format == OutputFormat.json;
    }
}
