package io.github.i3dsession.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The error document the API returns with an error status (the spec's {@code Error}). Immutable
 * and thread-safe; {@link #errors()} is an unmodifiable copy.
 *
 * <pre>{@code
 * ApiError error = ApiError.of(0, "Invalid input", List.of(ErrorDetails.of("userName", "Empty")));
 * }</pre>
 */
public final class ApiError {

    private final int errorCode;
    private final String errorMessage;
    private final List<ErrorDetails> errors;

    private ApiError(Builder builder) {
        this.errorCode = ModelChecks.required(builder.errorCode, "ApiError", "errorCode");
        this.errorMessage = ModelChecks.required(builder.errorMessage, "ApiError", "errorMessage");
        this.errors = List.copyOf(ModelChecks.required(builder.errors, "ApiError", "errors"));
    }

    /**
     * Creates an error document.
     *
     * @param errorCode the API's error code
     * @param errorMessage the error message, not null
     * @param errors the error details, not null and without null elements; copied
     * @return the value
     * @throws NullPointerException if {@code errorMessage}, {@code errors} or an element is null
     */
    public static ApiError of(int errorCode, String errorMessage, List<ErrorDetails> errors) {
        return builder()
                .errorCode(errorCode)
                .errorMessage(errorMessage)
                .errors(errors)
                .build();
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
        return new Builder().errorCode(errorCode).errorMessage(errorMessage).errors(errors);
    }

    /**
     * The API's error code.
     *
     * @return the code
     */
    public int errorCode() {
        return errorCode;
    }

    /**
     * The error message.
     *
     * @return the message, not null
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * The error details, one per rejected property.
     *
     * @return an unmodifiable list, not null, possibly empty
     */
    public List<ErrorDetails> errors() {
        return errors;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiError)) {
            return false;
        }
        ApiError that = (ApiError) o;
        return errorCode == that.errorCode && errorMessage.equals(that.errorMessage) && errors.equals(that.errors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(errorCode, errorMessage, errors);
    }

    @Override
    public String toString() {
        return "ApiError{errorCode=" + errorCode + ", errorMessage=" + errorMessage + ", errors=" + errors + "}";
    }

    /** Builds {@link ApiError}. Mutable and not thread-safe. */
    public static final class Builder {
        private Integer errorCode;
        private String errorMessage;
        private List<ErrorDetails> errors;

        private Builder() {}

        /**
         * Sets the error code (required).
         *
         * @param errorCode the code
         * @return this builder
         */
        public Builder errorCode(int errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets the error message (required).
         *
         * @param errorMessage the message, not null
         * @return this builder
         * @throws NullPointerException if {@code errorMessage} is null
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
            return this;
        }

        /**
         * Replaces the error details with a copy of {@code errors} (required; may be empty).
         *
         * @param errors the details, not null and without null elements
         * @return this builder
         * @throws NullPointerException if {@code errors} or one of its elements is null
         */
        public Builder errors(List<ErrorDetails> errors) {
            Objects.requireNonNull(errors, "errors");
            List<ErrorDetails> copy = new ArrayList<>(errors.size());
            for (ErrorDetails error : errors) {
                copy.add(Objects.requireNonNull(error, "errors element"));
            }
            this.errors = copy;
            return this;
        }

        /**
         * Appends one error detail; sets {@code errors} to a one-element list if it was not set.
         *
         * @param error the detail, not null
         * @return this builder
         * @throws NullPointerException if {@code error} is null
         */
        public Builder addError(ErrorDetails error) {
            Objects.requireNonNull(error, "error");
            if (errors == null) {
                errors = new ArrayList<>();
            }
            errors.add(error);
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws IllegalStateException if a required property is not set
         */
        public ApiError build() {
            return new ApiError(this);
        }
    }
}
