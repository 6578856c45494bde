package nova.bench;

import java.util.Arrays;

/** Latency summary of one benchmark: median, p95, p99 and max in milliseconds. */
public record Percentiles(int samples, double p50, double p95, double p99, double max) {

    public static Percentiles ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    public String line(String name) {
        return String.format(java.util.Locale.ROOT, "%-48s n=%-7d p50=%8.3f ms  p95=%8.3f ms  p99=%8.3f ms  max=%8.3f ms",
                name, samples, p50, p95, p99, max);
    }
}
