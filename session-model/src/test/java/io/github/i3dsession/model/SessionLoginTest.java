package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionLoginTest {

    private static final String SECRET = "correct-horse-battery";

    @Test
    void factoriesFromStringAndCharArrayAreEqual() {
        SessionLogin fromString = SessionLogin.of("ada", SECRET);
        SessionLogin fromChars = SessionLogin.of("ada", SECRET.toCharArray());

        assertThat(fromChars).isEqualTo(fromString).hasSameHashCodeAs(fromString);
        assertThat(fromString.userName()).isEqualTo("ada");
        assertThat(fromString.password()).containsExactly(SECRET.toCharArray());
        assertThat(fromString.rememberMe()).isEmpty();
        assertThat(fromString.rememberMeCode()).isEmpty();
    }

    @Test
    void rememberMeBooleanMapsToOneAndZero() {
        SessionLogin yes = SessionLogin.builder()
                .userName("ada")
                .password(SECRET)
                .rememberMe(true)
                .build();
        SessionLogin no = yes.toBuilder().rememberMe(false).build();

        assertThat(yes.rememberMe()).contains(Flag.YES);
        assertThat(yes.rememberMeCode()).contains(1);
        assertThat(no.rememberMe()).contains(Flag.NO);
        assertThat(no.rememberMeCode()).contains(0);
        assertThat(no).isNotEqualTo(yes);
    }

    @Test
    void rememberMeRawCodeIsKeptAndNullMeansAbsent() {
        SessionLogin login = SessionLogin.builder()
                .userName("ada")
                .password(SECRET)
                .rememberMe(5)
                .build();

        assertThat(login.rememberMe()).contains(Flag.UNKNOWN);
        assertThat(login.rememberMeCode()).contains(5);
        assertThat(login.toBuilder().rememberMe(null).build().rememberMeCode()).isEmpty();
    }

    @Test
    void mutatingTheCallersArrayAfterBuildDoesNotChangeTheValue() {
        char[] callers = SECRET.toCharArray();
        SessionLogin login = SessionLogin.of("ada", callers);

        Arrays.fill(callers, '\0');

        assertThat(login.password()).containsExactly(SECRET.toCharArray());
    }

    @Test
    void mutatingTheCallersArrayAfterTheBuilderSetterDoesNotChangeTheValue() {
        char[] callers = SECRET.toCharArray();
        SessionLogin.Builder builder = SessionLogin.builder().userName("ada").password(callers);

        Arrays.fill(callers, 'x');

        assertThat(builder.build().password()).containsExactly(SECRET.toCharArray());
    }

    @Test
    void passwordReturnsAFreshCopyEachTime() {
        SessionLogin login = SessionLogin.of("ada", SECRET);

        char[] first = login.password();
        Arrays.fill(first, '\0');

        assertThat(login.password()).isNotSameAs(first).containsExactly(SECRET.toCharArray());
    }

    @Test
    void toBuilderRoundTripsWithAnIndependentPasswordCopy() {
        SessionLogin login = SessionLogin.builder()
                .userName("ada")
                .password(SECRET)
                .rememberMe(true)
                .build();

        SessionLogin copy = login.toBuilder().build();

        assertThat(copy).isEqualTo(login).hasSameHashCodeAs(login);
        assertThat(login.toBuilder().password("other").build()).isNotEqualTo(login);
        assertThat(login.toBuilder().userName("bob").build()).isNotEqualTo(login);
    }

    @Test
    void toStringNeverShowsThePassword() {
        SessionLogin login = SessionLogin.builder()
                .userName("ada")
                .password(SECRET)
                .rememberMe(true)
                .build();

        assertThat(login).hasToString("SessionLogin{userName=ada, password=****, rememberMe=1}");
        assertThat(login.toString()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankOrNullUserNameIsRejected(String userName) {
        assertThatThrownBy(() -> SessionLogin.of(userName, SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userName must not be blank");
        assertThatThrownBy(() -> SessionLogin.of(userName, SECRET.toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userName must not be blank");
    }

    @Test
    void unsetUserNameIsRejectedAtBuild() {
        assertThatThrownBy(() -> SessionLogin.builder().password(SECRET).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("userName must not be blank");
    }

    @Test
    void nullOrEmptyPasswordFromStringIsRejected() {
        assertThatThrownBy(() -> SessionLogin.of("ada", (String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
        assertThatThrownBy(() -> SessionLogin.of("ada", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
    }

    @Test
    void nullOrEmptyPasswordFromCharArrayIsRejected() {
        assertThatThrownBy(() -> SessionLogin.of("ada", (char[]) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
        assertThatThrownBy(() -> SessionLogin.of("ada", new char[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
        assertThatThrownBy(() -> SessionLogin.builder().userName("ada").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password must not be empty");
    }

    @Test
    void validationMessagesNeverEchoThePassword() {
        assertThatThrownBy(() -> SessionLogin.of(" ", SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain(SECRET);
    }
}
