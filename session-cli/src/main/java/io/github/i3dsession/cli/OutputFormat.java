package io.github.i3dsession.cli;

/**
 * What {@code --output} selects. Lower case because picocli matches the constants against what the user types.
 */
enum OutputFormat {
    /** Lines for people. */
    text,
    /** One JSON document on standard output, nothing else. */
    json
}
