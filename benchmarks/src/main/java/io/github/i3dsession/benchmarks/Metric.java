package io.github.i3dsession.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

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

    /**
     * The quotient of two summed counters, {@code numerator / denominator} per iteration, as their mean over the
     * iterations with the 99.9% half-width of a Student t interval, as JMH computes its own errors.
     */
    static Metric perIteration(JsonNode numerator, JsonNode denominator, double scale) {
        if (numerator == null || denominator == null) {
            return null;
        }
        List<Double> ratios = new ArrayList<>();
        JsonNode numeratorForks = numerator.path("rawData");
        JsonNode denominatorForks = denominator.path("rawData");
        for (int fork = 0; fork < numeratorForks.size(); fork++) {
            for (int i = 0; i < numeratorForks.get(fork).size(); i++) {
                double calls = denominatorForks.path(fork).path(i).asDouble();
                if (calls > 0) {
                    ratios.add(numeratorForks.get(fork).get(i).asDouble() / calls * scale);
                }
            }
        }
        if (ratios.isEmpty()) {
            return null;
        }
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        int n = ratios.size();
        if (n < 2) {
            return new Metric(mean, Double.NaN, Double.NaN);
        }
        double variance =
                ratios.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / (n - 1);
        TDistribution t = new TDistribution(n - 1);
        return new Metric(mean, t.inverseCumulativeProbability(1 - 0.001 / 2) * Math.sqrt(variance / n), Double.NaN);
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
