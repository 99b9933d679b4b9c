package org.wardops.difficulties.internal;

import org.springframework.stereotype.Component;
import org.wardops.shared.Ids;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Gathers what a tuning needs (the newest labelled pairs, at most {@link #PAIRS_MAX}, and their difficulties' texts)
 * and runs {@link GroupingTuner} with the thesaurus in force.
 */
@Component
public class GroupingLearning {

    static final int PAIRS_MAX = 5_000;

    private final GroupingStore store;
    private final GroupingModel model;
    private final DifficultyStore difficulties;

    GroupingLearning(GroupingStore store, GroupingModel model, DifficultyStore difficulties) {
        this.store = store;
        this.model = model;
        this.difficulties = difficulties;
    }

    public static double defaultThreshold() {
        return SimilarityGrouping.DEFAULT_THRESHOLD;
    }

    public static int minimumPairs() {
        return GroupingTuner.MINIMUM_PAIRS;
    }

    public static int minimumEach() {
        return GroupingTuner.MINIMUM_EACH;
    }

    public GroupingStore.TuningRow tune(UUID by, Instant now) {
        long started = System.nanoTime();
        List<GroupingStore.LabelledPair> pairs = store.pairs(PAIRS_MAX);
        Set<UUID> ids = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.a());
            ids.add(pair.b());
        });
        List<Difficulty> found = difficulties.findAll(ids);
        Set<UUID> present = new LinkedHashSet<>();
        found.forEach(d -> present.add(d.id()));
        // a pair whose difficulty was deleted since cannot be scored
        List<GroupingStore.LabelledPair> scored = pairs.stream().filter(pair -> present.contains(pair.a()) && present.contains(pair.b())).toList();
        List<SimilarityGrouping.Text> texts = found.stream()
                .map(d -> new SimilarityGrouping.Text(d.id(), d.title(), d.description(), d.recommendation(), d.category())).toList();
        GroupingTuner.Result result = GroupingTuner.tune(model.analyzer(), texts, scored);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new GroupingStore.TuningRow(Ids.next(), now, by, result.outcome().name(), result.pairs(), result.samePairs(), result.threshold(),
                result.weights(), result.fit() == null ? null : round(result.fit().precision()), result.fit() == null ? null : round(result.fit().recall()),
                result.defaults() == null ? null : round(result.defaults().precision()),
                result.defaults() == null ? null : round(result.defaults().recall()), millis);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
