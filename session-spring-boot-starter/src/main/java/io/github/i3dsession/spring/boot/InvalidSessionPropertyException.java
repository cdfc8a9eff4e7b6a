package io.github.i3dsession.spring.boot;

/**
 * An {@code i3d.session.*} property the client cannot be built with. Its message names the property and why, never
 * a secret's value; {@link SessionPropertyFailureAnalyzer} turns it into Spring Boot's startup report.
 */
final class InvalidSessionPropertyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String property;
    private final String action;

    InvalidSessionPropertyException(String property, String problem, String action, Throwable cause) {
        super(property + " " + problem, cause);
        this.property = property;
        this.action = action;
    }

    String property() {
        return property;
    }

    String action() {
        return action;
    }
}
