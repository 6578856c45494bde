package nova.assistant.bench;

import java.util.Arrays;
import java.util.List;
import nova.assistant.domain.AssistantEngine;
import nova.assistant.service.LocalFrenchEngine;

/**
 * Latency of the local engine per request over the labelled set, repeated: warm-up rounds first, then
 * {@code rounds} measured rounds; prints p50, p95, p99 and max in milliseconds. Not a test: figures depend on the
 * machine. Arguments: [rounds] (default 50).
 */
public final class LatencyBenchmark {

    private LatencyBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<LabelledSetScore.Labelled> rows = LabelledSetScore.load();
        AssistantEngine engine = new LocalFrenchEngine();
        long sink = 0;
        for (int round = 0; round < 20; round++) {
            for (LabelledSetScore.Labelled row : rows) {
                sink += engine.parse(row.text(), row.context()).action().ordinal();
            }
        }
        long[] nanos = new long[rounds * rows.size()];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (LabelledSetScore.Labelled row : rows) {
                long start = System.nanoTime();
                sink += engine.parse(row.text(), row.context()).action().ordinal();
                nanos[i++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("Moteur local, %d requêtes (%d tours x %d) : p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms"
                        + " (contrôle %d)%n", nanos.length, rounds, rows.size(), ms(nanos, 0.50), ms(nanos, 0.95),
                ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, sink % 10);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
