package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ApiError} and {@link ErrorDetails}. */
class ApiErrorTest {

    private static final ErrorDetails USER_NAME = ErrorDetails.of("userName", "Required");
    private static final ErrorDetails PASSWORD = ErrorDetails.of("password", "Too short");

    @Test
    void factoryAndBuilderProduceEqualValues() {
        ApiError viaFactory = ApiError.of(1004, "Invalid input", List.of(USER_NAME, PASSWORD));
        ApiError viaBuilder = ApiError.builder()
                .errorCode(1004)
                .errorMessage("Invalid input")
                .addError(USER_NAME)
                .addError(PASSWORD)
                .build();

        assertThat(viaBuilder).isEqualTo(viaFactory).hasSameHashCodeAs(viaFactory);
        assertThat(viaFactory.errorCode()).isEqualTo(1004);
        assertThat(viaFactory.errorMessage()).isEqualTo("Invalid input");
        assertThat(viaFactory.errors()).containsExactly(USER_NAME, PASSWORD);
    }

    @Test
    void errorsIsUnmodifiable() {
        ApiError error = ApiError.of(1, "x", List.of(USER_NAME));

        assertThatThrownBy(() -> error.errors().add(PASSWORD)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> error.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void errorsIsACopyOfTheCallersList() {
        List<ErrorDetails> callers = new ArrayList<>(List.of(USER_NAME));
        ApiError.Builder builder =
                ApiError.builder().errorCode(1).errorMessage("x").errors(callers);
        ApiError error = builder.build();

        callers.add(PASSWORD);
        builder.addError(PASSWORD);

        assertThat(error.errors()).containsExactly(USER_NAME);
        assertThat(builder.build().errors()).containsExactly(USER_NAME, PASSWORD);
        assertThat(error.errors()).containsExactly(USER_NAME);
    }

    @Test
    void toBuilderCopiesSoTheOriginalNeverChanges() {
        ApiError error = ApiError.of(1, "x", List.of(USER_NAME));

        ApiError extended = error.toBuilder().addError(PASSWORD).build();

        assertThat(error.errors()).containsExactly(USER_NAME);
        assertThat(extended.errors()).containsExactly(USER_NAME, PASSWORD);
        assertThat(error.toBuilder().build()).isEqualTo(error);
    }

    @Test
    void emptyErrorsAreAllowedButMustBeSet() {
        assertThat(ApiError.of(1, "x", List.of()).errors()).isEmpty();
        assertThatThrownBy(
                        () -> ApiError.builder().errorCode(1).errorMessage("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ApiError: required property 'errors' is not set");
    }

    @Test
    void requiredPropertiesAreReportedByName() {
        assertThatThrownBy(() ->
                        ApiError.builder().errorMessage("x").errors(List.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ApiError: required property 'errorCode' is not set");
        assertThatThrownBy(
                        () -> ApiError.builder().errorCode(1).errors(List.of()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ApiError: required property 'errorMessage' is not set");
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> ApiError.of(1, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("errorMessage");
        assertThatThrownBy(() -> ApiError.of(1, "x", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("errors");
        assertThatThrownBy(() -> ApiError.of(1, "x", Arrays.asList(USER_NAME, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("errors element");
    }

    @Test
    void equalsComparesEveryProperty() {
        ApiError error = ApiError.of(1, "x", List.of(USER_NAME));

        assertThat(error).isNotEqualTo(ApiError.of(2, "x", List.of(USER_NAME)));
        assertThat(error).isNotEqualTo(ApiError.of(1, "y", List.of(USER_NAME)));
        assertThat(error).isNotEqualTo(ApiError.of(1, "x", List.of(PASSWORD)));
        assertThat(error)
                .hasToString("ApiError{errorCode=1, errorMessage=x, "
                        + "errors=[ErrorDetails{property=userName, message=Required}]}");
    }

    @Test
    void errorDetailsRoundTripsAndRequiresBothProperties() {
        assertThat(USER_NAME.property()).isEqualTo("userName");
        assertThat(USER_NAME.message()).isEqualTo("Required");
        assertThat(USER_NAME.toBuilder().build()).isEqualTo(USER_NAME).hasSameHashCodeAs(USER_NAME);
        assertThat(USER_NAME)
                .isNotEqualTo(USER_NAME.toBuilder().message("Other").build());
        assertThatThrownBy(() -> ErrorDetails.builder().message("m").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ErrorDetails: required property 'property' is not set");
        assertThatThrownBy(() -> ErrorDetails.builder().property("p").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ErrorDetails: required property 'message' is not set");
        assertThatThrownBy(() -> ErrorDetails.of(null, "m"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("property");
    }
}
