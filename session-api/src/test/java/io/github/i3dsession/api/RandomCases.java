package io.github.i3dsession.api;

import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a check over generated inputs, each case drawn from a {@link Random} derived from one seed, the property's
 * name and the case's index, so that a failure can be replayed exactly: its message names the seed, and
 * {@code -Di3dsession.seed=<seed>} makes every case of the next run the same as in the failed one. Without the
 * property each run draws a fresh seed.
 */
final class RandomCases {
    /** The system property that fixes the seed, e.g. {@code mvn test -Di3dsession.seed=42}. */
    static final String SEED_PROPERTY = "i3dsession.seed";

    private final long seed;

    private RandomCases(long seed) {
        this.seed = seed;
    }

    /** Cases from the seed in {@value #SEED_PROPERTY}, or from a fresh random seed when it is not set. */
    static RandomCases fromSystemProperty() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed == null || fixed.isBlank()) {
            return new RandomCases(new SecureRandom().nextLong());
        }
        try {
            return new RandomCases(Long.parseLong(fixed.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a long, was '" + fixed + "'", e);
        }
    }

    static RandomCases withSeed(long seed) {
        return new RandomCases(seed);
    }

    long seed() {
        return seed;
    }

    /** The random source of case {@code index} of {@code property}: the same seed gives the same source. */
    Random random(String property, int index) {
        return new Random(seed ^ (property.hashCode() * 0x9E3779B97F4A7C15L) ^ (index * 0xBF58476D1CE4E5B9L));
    }

    /**
     * Generates {@code count} inputs for {@code property} and checks each; the first failing case stops the run
     * with an {@link AssertionError} that names the case, the seed and the input, and has the failure as cause.
     */
    <T> void check(String property, int count, Function<Random, T> generator, Consumer<T> check) {
        for (int index = 0; index < count; index++) {
            T input = generator.apply(random(property, index));
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        property + " failed on case " + (index + 1) + " of " + count + " with seed " + seed
                                + " (replay with -D" + SEED_PROPERTY + "=" + seed + "); input: " + input,
                        e);
            }
        }
    }
}
