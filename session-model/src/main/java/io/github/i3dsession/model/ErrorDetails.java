package io.github.i3dsession.model;

import java.util.Objects;

/**
 * One entry of {@link ApiError#errors()}: which property of a request was rejected and why (the
 * spec's {@code ErrorDetails}). Immutable and thread-safe.
 */
public final class ErrorDetails {

    private final String property;
    private final String message;

    private ErrorDetails(Builder builder) {
        this.property = ModelChecks.required(builder.property, "ErrorDetails", "property");
        this.message = ModelChecks.required(builder.message, "ErrorDetails", "message");
    }

    /**
     * Creates error details.
     *
     * @param property the rejected property, not null
     * @param message the reason, not null
     * @return the value
     * @throws NullPointerException if an argument is null
     */
    public static ErrorDetails of(String property, String message) {
        return builder().property(property).message(message).build();
    }

    /**
     * Returns a new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with this value's properties.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().property(property).message(message);
    }

    /**
     * The property in which there is an error.
     *
     * @return the property name, not null (may be empty)
     */
    public String property() {
        return property;
    }

    /**
     * The error message for the property.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ErrorDetails)) {
            return false;
        }
        ErrorDetails that = (ErrorDetails) o;
        return property.equals(that.property) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(property, message);
    }

    @Override
    public String toString() {
        return "ErrorDetails{property=" + property + ", message=" + message + "}";
    }

    /** Builds {@link ErrorDetails}. Mutable and not thread-safe. */
    public static final class Builder {
        private String property;
        private String message;

        private Builder() {}

        /**
         * Sets the property in which there is an error (required).
         *
         * @param property the property name, not null
         * @return this builder
         * @throws NullPointerException if {@code property} is null
         */
        public Builder property(String property) {
            this.property = Objects.requireNonNull(property, "property");
            return this;
        }

        /**
         * Sets the error message (required).
         *
         * @param message the message, not null
         * @return this builder
         * @throws NullPointerException if {@code message} is null
         */
        public Builder message(String message) {
            this.message = Objects.requireNonNull(message, "message");
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws IllegalStateException if a required property is not set
         */
        public ErrorDetails build() {
            return new ErrorDetails(this);
        }
    }
}
