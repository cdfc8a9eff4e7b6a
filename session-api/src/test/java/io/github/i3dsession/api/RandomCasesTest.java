package io.github.i3dsession.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomCasesTest {

    @Test
    void theSameSeedGeneratesTheSameInputs() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        RandomCases.withSeed(42).check("p", 50, RandomInputs::json, first::add);
        RandomCases.withSeed(42).check("p", 50, RandomInputs::json, second::add);

        assertThat(first).hasSize(50).isEqualTo(second);
        assertThat(Set.copyOf(first)).as("distinct inputs").hasSizeGreaterThan(25);
    }

    @Test
    void anotherSeedGeneratesOtherInputs() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        RandomCases.withSeed(42).check("p", 20, RandomInputs::json, first::add);
        RandomCases.withSeed(43).check("p", 20, RandomInputs::json, second::add);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aFailureNamesTheCaseTheSeedAndTheInputAndKeepsItsCause() {
        RandomCases cases = RandomCases.withSeed(-7);
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> cases.check("p", 10, random -> "input-" + random.nextInt(1), input -> {
                    throw boom;
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessage("p failed on case 1 of 10 with seed -7 (replay with -Di3dsession.seed=-7); input: input-0")
                .hasCause(boom);
    }

    @Test
    void theSeedPropertyFixesTheSeed() {
        String before = System.getProperty(RandomCases.SEED_PROPERTY);
        try {
            System.setProperty(RandomCases.SEED_PROPERTY, " 1234 ");

            assertThat(RandomCases.fromSystemProperty().seed()).isEqualTo(1234L);
        } finally {
            restore(before);
        }
    }

    @Test
    void aSeedThatIsNotANumberIsRefusedNamingTheProperty() {
        String before = System.getProperty(RandomCases.SEED_PROPERTY);
        try {
            System.setProperty(RandomCases.SEED_PROPERTY, "abc");

            assertThatThrownBy(RandomCases::fromSystemProperty)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("i3dsession.seed must be a long, was 'abc'");
        } finally {
            restore(before);
        }
    }

    @Test
    void textNeverHoldsALoneSurrogateAndJsonQuotingEscapesControls() {
        RandomCases.withSeed(1).check("text", 500, random -> RandomInputs.text(random, 20), text -> {
            assertThat(text.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF))
                    .as("lone surrogates in %s", text)
                    .isEmpty();
            assertThat(RandomInputs.quote(text)).doesNotContainPattern("[\\x00-\\x1f]");
        });
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(RandomCases.SEED_PROPERTY);
        } else {
            System.setProperty(RandomCases.SEED_PROPERTY, before);
        }
    }
}
