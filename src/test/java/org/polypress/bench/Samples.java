package org.polypress.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations in milliseconds, with their mean and nearest-rank percentiles. */
final class Samples {

    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    void addNanos(long nanos) {
        millis.add(nanos / 1e6);
    }

    int count() {
        return millis.size();
    }

    double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    double sum() {
        return millis.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The nearest-rank percentile. */
    double percentile(int p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** {@code mean / p50 / p95} with one decimal. */
    String summary() {
        return String.format("%.1f / %.1f / %.1f", mean(), percentile(50), percentile(95));
    }
}
