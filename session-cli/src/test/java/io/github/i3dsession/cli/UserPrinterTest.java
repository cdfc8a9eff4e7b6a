package io.github.i3dsession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.i3dsession.model.AccountDetails;
import io.github.i3dsession.model.SessionUser;
import io.github.i3dsession.testkit.FakeUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class UserPrinterTest {

    private static String print(SessionUser user) {
        StringWriter out = new StringWriter();
        new UserPrinter(new PrintWriter(out), "").print(user);
        return out.toString();
    }

    @Test
    void absentOptionalPropertiesPrintAsNone() {
        SessionUser full = FakeUser.defaultProfile("carol");
        AccountDetails sparse = full.details().toBuilder()
                .companyName(null)
                .vatNumber(null)
                .cocNumber(null)
                .unconfirmedEmail(null)
                .emailAddressValidated((Integer) null)
                .agreeDpa((Integer) null)
                .newsletter((Integer) null)
                .build();

        String printed = print(full.toBuilder().details(sparse).build());

        assertThat(printed)
                .containsPattern("(?m)^  companyName +\\(none\\)$")
                .containsPattern("(?m)^  vatNumber +\\(none\\)$")
                .containsPattern("(?m)^  unconfirmedEmail +\\(none\\)$")
                .containsPattern("(?m)^  emailAddressValidated +\\(none\\)$")
                .containsPattern("(?m)^  newsletter +\\(none\\)$")
                .containsPattern("(?m)^  agreeDpa +\\(none\\)$");
    }

    @Test
    void codesThisVersionDoesNotKnowPrintAsUnknownWithTheRawCode() {
        SessionUser user =
                FakeUser.defaultProfile("carol").toBuilder().accessLevel(99).build();

        assertThat(print(user)).containsPattern("(?m)^  accessLevel +UNKNOWN \\(99\\)$");
    }

    @Test
    void controlCharactersFromTheServerAreEscaped() {
        SessionUser user = FakeUser.defaultProfile("carol").toBuilder()
                .firstName("Eve\u001b[2J\nuserId 0")
                .build();

        assertThat(print(user))
                .containsPattern("(?m)^  firstName +Eve\\\\u001b\\[2J\\\\u000auserId 0$")
                .doesNotContain("\u001b");
    }

    @Test
    void everySectionIsPrintedInOrder() {
        String printed = print(FakeUser.defaultProfile("carol"));

        assertThat(printed).startsWith("user\n");
        assertThat(printed.indexOf("\ndetails\n")).isPositive().isLessThan(printed.indexOf("\nbillingDetails\n"));
        assertThat(printed.lines()).hasSize(3 + 14 + 23 + 13);
    }
}
