package io.github.i3dsession.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One JMH score with its error (the 99.9% confidence half-width JMH prints as {@code ±}; NaN with a single
 * iteration) and its largest single-iteration value.
 */
record Metric(double score, double error, double max) {

    static Metric of(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        double max = Double.NaN;
        for (JsonNode fork : node.path("rawData")) {
            for (JsonNode value : fork) {
                max = Double.isNaN(max) ? value.asDouble() : Math.max(max, value.asDouble());
            }
        }
        return new Metric(node.path("score").asDouble(), errorOf(node.path("scoreError")), max);
    }

    private static double errorOf(JsonNode error) {
        // JMH writes "NaN" as a string when it cannot compute an error.
        return error.isNumber() ? error.asDouble() : Double.NaN;
    }

    /** This divided by {@code other}, with the relative errors added in quadrature. */
    Metric over(Metric other) {
        double ratio = score / other.score;
        double relative = Math.sqrt(square(error / score) + square(other.error / other.score));
        return new Metric(ratio, ratio * relative, Double.NaN);
    }

    String format(String pattern) {
        String value = String.format(Locale.ROOT, pattern, score);
        return Double.isNaN(error) ? value : value + " ± " + String.format(Locale.ROOT, pattern, error);
    }

    private static double square(double x) {
        return Double.isNaN(x) ? 0 : x * x;
    }
}
