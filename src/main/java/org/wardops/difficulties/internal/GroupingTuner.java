package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.difficulties.internal.GroupingStore.LabelledPair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fits the similarity threshold (and, when that measurably helps, the field weights) to the pairs people labelled
 * by their decisions on one deployment: each candidate is run as the suggestions would run it, over the labelled
 * difficulties, and scored on the labelled pairs only (a pair suggested together counts as "same"). Candidates stay
 * within safe limits ({@link #LOWEST}–{@link #HIGHEST}, a few weight sets near the defaults); the defaults stay unless
 * a candidate beats them by {@link #GAIN} in F1, and non-default weights only when they beat the best default-weight
 * candidate by as much. With fewer than {@link #MINIMUM_PAIRS} pairs, or fewer than {@link #MINIMUM_EACH} of either
 * label, nothing is fitted.
 */
final class GroupingTuner {

    static final int MINIMUM_PAIRS = 20;
    static final int MINIMUM_EACH = 5;
    static final double LOWEST = 0.12;
    static final double HIGHEST = 0.36;
    static final double STEP = 0.02;
    static final double GAIN = 0.02;
    /** The weight sets tried: the defaults, and one field at a time moved a step up or down. */
    static final List<FieldWeights> WEIGHTS = List.of(FieldWeights.DEFAULT,
            new FieldWeights(1.0, 1.0, 0.4), new FieldWeights(2.0, 1.0, 0.4),
            new FieldWeights(1.5, 1.0, 0.2), new FieldWeights(1.5, 1.0, 0.7));

    enum Outcome {
        TUNED, KEPT_DEFAULTS, TOO_FEW_PAIRS
    }

    /** Pairwise precision and recall over labelled pairs. */
    record Fit(double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    record Result(Outcome outcome, int pairs, int samePairs, double threshold, FieldWeights weights, @Nullable Fit fit, @Nullable Fit defaults) {
    }

    private GroupingTuner() {
    }

    static Result tune(DifficultyTextAnalyzer analyzer, List<SimilarityGrouping.Text> texts, List<LabelledPair> pairs) {
        int same = (int) pairs.stream().filter(LabelledPair::same).count();
        if (pairs.size() < MINIMUM_PAIRS || same < MINIMUM_EACH || pairs.size() - same < MINIMUM_EACH) {
            return new Result(Outcome.TOO_FEW_PAIRS, pairs.size(), same, SimilarityGrouping.DEFAULT_THRESHOLD, FieldWeights.DEFAULT, null, null);
        }
        List<Double> thresholds = new ArrayList<>();
        for (int step = 0; LOWEST + step * STEP <= HIGHEST + 1e-9; step++) {
            thresholds.add(Math.round((LOWEST + step * STEP) * 100) / 100.0);
        }
        if (!thresholds.contains(SimilarityGrouping.DEFAULT_THRESHOLD)) {
            thresholds.add(SimilarityGrouping.DEFAULT_THRESHOLD);
        }
        Fit defaults = null;
        Candidate bestDefaultWeights = null;
        Candidate best = null;
        for (FieldWeights weights : WEIGHTS) {
            Map<Double, List<List<UUID>>> groupings = new SimilarityGrouping(analyzer, weights).groupings(texts, thresholds);
            for (double threshold : thresholds) {
                Candidate candidate = new Candidate(threshold, weights, fit(groupings.get(threshold), pairs));
                if (weights.equals(FieldWeights.DEFAULT)) {
                    if (threshold == SimilarityGrouping.DEFAULT_THRESHOLD) {
                        defaults = candidate.fit();
                    }
                    bestDefaultWeights = better(bestDefaultWeights, candidate);
                } else if (candidate.fit().f1() >= bestDefaultWeights.fit().f1() + GAIN) {
                    best = better(best, candidate);
                }
            }
        }
        Candidate chosen = best != null ? best : bestDefaultWeights;
        if (chosen.fit().f1() < defaults.f1() + GAIN) {
            return new Result(Outcome.KEPT_DEFAULTS, pairs.size(), same, SimilarityGrouping.DEFAULT_THRESHOLD, FieldWeights.DEFAULT, defaults, defaults);
        }
        return new Result(Outcome.TUNED, pairs.size(), same, chosen.threshold(), chosen.weights(), chosen.fit(), defaults);
    }

    private record Candidate(double threshold, FieldWeights weights, Fit fit) {
    }

    /** The higher F1; on a tie, the threshold nearer the default. */
    private static Candidate better(@Nullable Candidate current, Candidate candidate) {
        if (current == null) {
            return candidate;
        }
        double difference = candidate.fit().f1() - current.fit().f1();
        if (Math.abs(difference) > 1e-9) {
            return difference > 0 ? candidate : current;
        }
        return Math.abs(candidate.threshold() - SimilarityGrouping.DEFAULT_THRESHOLD) < Math.abs(current.threshold() - SimilarityGrouping.DEFAULT_THRESHOLD)
                ? candidate : current;
    }

    /** Precision and recall of a grouping on the labelled pairs: two texts in one group count as "the same". */
    static Fit fit(List<List<UUID>> groups, List<LabelledPair> pairs) {
        Map<UUID, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (UUID id : groups.get(g)) {
                groupOf.put(id, g);
            }
        }
        int truePositives = 0;
        int predicted = 0;
        int relevant = 0;
        for (LabelledPair pair : pairs) {
            Integer a = groupOf.get(pair.a());
            boolean together = a != null && a.equals(groupOf.get(pair.b()));
            if (together) {
                predicted++;
            }
            if (pair.same()) {
                relevant++;
                if (together) {
                    truePositives++;
                }
            }
        }
        return new Fit(predicted == 0 ? 0 : (double) truePositives / predicted, relevant == 0 ? 0 : (double) truePositives / relevant);
    }
}
