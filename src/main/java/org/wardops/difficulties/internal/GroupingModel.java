package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The grouping as this deployment configured it: the analyzer over the thesaurus held in the database (the bundled
 * file until it is seeded) and the threshold and field weights of the latest tuning that chose any. Each use compares
 * one revision number with the database; a thesaurus change or a tuning counts it up, so every instance rebuilds its
 * analyzer at its next use, without a restart. A rebuild reads the entries and builds the dictionary (a few
 * milliseconds for a few hundred entries; see docs/grouping.md).
 */
@Component
public class GroupingModel {

    private static final Logger log = LoggerFactory.getLogger(GroupingModel.class);

    /** The settings in force: threshold and field weights, whether a tuning chose them, and the last rebuild's cost. */
    public record Settings(double threshold, FieldWeights weights, boolean tuned, long rebuildMicros) {
    }

    private record Snapshot(long revision, SimilarityGrouping grouping, Settings settings) {
    }

    private final GroupingStore store;
    private volatile @Nullable Snapshot snapshot;

    GroupingModel(GroupingStore store) {
        this.store = store;
    }

    /** The grouping to run now (call within a transaction: it reads the revision). */
    public SimilarityGrouping grouping() {
        return current().grouping();
    }

    public Settings settings() {
        return current().settings();
    }

    /** The analyzer of the thesaurus in force (for tuning). */
    DifficultyTextAnalyzer analyzer() {
        return current().grouping().analyzer();
    }

    private Snapshot current() {
        long revision = store.revision();
        Snapshot known = snapshot;
        if (known != null && known.revision() == revision) {
            return known;
        }
        synchronized (this) {
            if (snapshot == null || snapshot.revision() != revision) {
                snapshot = build(revision);
            }
            return snapshot;
        }
    }

    private Snapshot build(long revision) {
        long started = System.nanoTime();
        List<DifficultyTextAnalyzer.Concept> concepts = store.seeded()
                ? store.thesaurus().stream().map(ThesaurusEntry::analyzerConcept).toList()
                : DifficultyTextAnalyzer.bundledThesaurus();
        DifficultyTextAnalyzer analyzer = DifficultyTextAnalyzer.of(concepts);
        Settings settings = store.latestRun().filter(run -> run.outcome().equals(GroupingTuner.Outcome.TUNED.name()))
                .map(run -> new Settings(run.threshold(), run.weights(), true, 0))
                .orElse(new Settings(SimilarityGrouping.DEFAULT_THRESHOLD, FieldWeights.DEFAULT, false, 0));
        long micros = (System.nanoTime() - started) / 1000;
        log.info("Grouping analyzer built for revision {}: {} thesaurus entries, threshold {}, weights {}, in {} µs",
                revision, concepts.size(), settings.threshold(), settings.weights(), micros);
        return new Snapshot(revision, new SimilarityGrouping(analyzer, settings.weights()),
                new Settings(settings.threshold(), settings.weights(), settings.tuned(), micros));
    }
}
