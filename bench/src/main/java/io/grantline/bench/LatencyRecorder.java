package io.grantline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects latencies of one kind of operation and reports count, rate and percentiles. */
final class LatencyRecorder {

    private final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    LatencyRecorder(String name) {
        this.name = name;
    }

    void record(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    String report(double seconds) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        return String.format("%-22s %7d ops %9.1f ops/s   p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms", name,
                sorted.size(), sorted.size() / seconds, millis(sorted, 0.50), millis(sorted, 0.99),
                millis(sorted, 1.0));
    }

    /** Count and percentiles without a rate, for runs whose length says nothing about throughput. */
    String latencies() {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        return String.format("%-26s %6d samples   min %8.1f ms   p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms", name,
                sorted.size(), millis(sorted, 0.0), millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 1.0));
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(index, 0)) / 1_000_000.0;
    }
}
