package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Percentiles {

    private Percentiles() {}

    /** Nearest-rank percentile of the samples (0 when there are none). */
    static double of(List<Double> samples, double percentile) {
        if (samples.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
