package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The grouping's settings in force and what the learning has to work with: threshold and field weights (defaults
 * unless a tuning chose others), the labelled pairs so far, the minimum a tuning needs, and the latest tuning run.
 */
public record GroupingTuningView(double threshold, double titleWeight, double descriptionWeight, double recommendationWeight, boolean tuned,
                                 double defaultThreshold, long samePairs, long differentPairs, int minimumPairs, int minimumEach,
                                 int thesaurusEntries, long rebuildMicros, @Nullable Run lastRun) {

    /** One tuning run: its outcome (TUNED, KEPT_DEFAULTS, TOO_FEW_PAIRS), the values it chose, and the fit on the labelled pairs. */
    public record Run(Instant at, String outcome, int pairs, int samePairs, double threshold, double titleWeight, double descriptionWeight,
                      double recommendationWeight, @Nullable Double precision, @Nullable Double recall, @Nullable Double defaultPrecision,
                      @Nullable Double defaultRecall, long millis) {
    }

    public long pairs() {
        return samePairs + differentPairs;
    }
}
