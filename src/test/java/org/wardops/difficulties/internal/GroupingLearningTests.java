package org.wardops.difficulties.internal;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wardops.difficulties.internal.GroupingStore.LabelledPair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning from people's decisions, on decisions constructed from the tuning sets (never from the held-out sets):
 * the threshold follows the decisions when they differ from the defaults' behaviour, stays when they agree, and is
 * not fitted at all on too few pairs.
 */
class GroupingLearningTests {

    private static final Logger log = LoggerFactory.getLogger(GroupingLearningTests.class);

    private final DifficultyTextAnalyzer analyzer = new DifficultyTextAnalyzer();

    @Test
    void peopleWhoGroupOnlyCloseParaphrasesRaiseTheThreshold() {
        List<GroupingEvaluation.Item> set = GroupingEvaluation.load("development-set.tsv");
        // a deployment whose people keep only close rewordings of one theme together, and reject looser matches
        GroupingIndex index = new GroupingIndex(analyzer, texts(set));
        List<LabelledPair> decisions = new ArrayList<>();
        for (int a = 0; a < set.size(); a++) {
            for (int b = a + 1; b < set.size(); b++) {
                double similarity = index.similarity(a, b);
                boolean sameTheme = set.get(a).theme().equals(set.get(b).theme());
                if (sameTheme && similarity >= 0.35) {
                    decisions.add(LabelledPair.of(set.get(a).id(), set.get(b).id(), true));
                } else if (similarity >= 0.08) {
                    decisions.add(LabelledPair.of(set.get(a).id(), set.get(b).id(), false));
                }
            }
        }
        GroupingTuner.Result result = timed(set, decisions);
        assertThat(result.outcome()).isEqualTo(GroupingTuner.Outcome.TUNED);
        assertThat(result.threshold()).isGreaterThan(SimilarityGrouping.DEFAULT_THRESHOLD).isLessThanOrEqualTo(GroupingTuner.HIGHEST);
        assertThat(result.fit().f1()).isGreaterThanOrEqualTo(result.defaults().f1() + GroupingTuner.GAIN);
        assertThat(result.fit().precision()).isGreaterThan(result.defaults().precision());
    }

    @Test
    void peopleWhoMergeRelatedThemesLowerTheThreshold() {
        List<GroupingEvaluation.Item> set = GroupingEvaluation.load("development-set.tsv");
        // a deployment that files workload with the digital-transformation post, and network with hardware
        Map<String, String> merged = Map.of("WORKLOAD", "DT_STAFF", "NETWORK", "HARDWARE");
        GroupingTuner.Result result = timed(set,
                pairs(set, (a, b) -> merged.getOrDefault(a.theme(), a.theme()).equals(merged.getOrDefault(b.theme(), b.theme()))));
        assertThat(result.outcome()).isEqualTo(GroupingTuner.Outcome.TUNED);
        assertThat(result.threshold()).isLessThan(SimilarityGrouping.DEFAULT_THRESHOLD).isGreaterThanOrEqualTo(GroupingTuner.LOWEST);
        assertThat(result.fit().recall()).isGreaterThan(result.defaults().recall());
    }

    @Test
    void decisionsTheDefaultsAlreadyFollowKeepTheDefaults() {
        List<GroupingEvaluation.Item> set = GroupingEvaluation.load("evaluation-set.tsv");
        GroupingTuner.Result result = timed(set, pairs(set, (a, b) -> a.theme().equals(b.theme())));
        assertThat(result.outcome()).isEqualTo(GroupingTuner.Outcome.KEPT_DEFAULTS);
        assertThat(result.threshold()).isEqualTo(SimilarityGrouping.DEFAULT_THRESHOLD);
        assertThat(result.weights()).isEqualTo(FieldWeights.DEFAULT);
        assertThat(result.fit()).isEqualTo(result.defaults());
    }

    @Test
    void refusesToTuneOnTooFewPairsOrOnOneLabelOnly() {
        List<GroupingEvaluation.Item> set = GroupingEvaluation.load("evaluation-set.tsv");
        List<LabelledPair> all = pairs(set, (a, b) -> a.theme().equals(b.theme()));
        List<LabelledPair> few = new ArrayList<>(all.stream().filter(LabelledPair::same).limit(10).toList());
        few.addAll(all.stream().filter(pair -> !pair.same()).limit(GroupingTuner.MINIMUM_PAIRS - 11).toList());
        GroupingTuner.Result tooFew = GroupingTuner.tune(analyzer, texts(set), few);
        assertThat(tooFew.outcome()).isEqualTo(GroupingTuner.Outcome.TOO_FEW_PAIRS);
        assertThat(tooFew.pairs()).isEqualTo(GroupingTuner.MINIMUM_PAIRS - 1);
        assertThat(tooFew.threshold()).isEqualTo(SimilarityGrouping.DEFAULT_THRESHOLD);
        assertThat(tooFew.weights()).isEqualTo(FieldWeights.DEFAULT);
        assertThat(tooFew.fit()).isNull();

        List<LabelledPair> sameOnly = all.stream().filter(LabelledPair::same).limit(60).toList();
        List<LabelledPair> withFourDifferent = new ArrayList<>(sameOnly);
        withFourDifferent.addAll(all.stream().filter(pair -> !pair.same()).limit(GroupingTuner.MINIMUM_EACH - 1).toList());
        assertThat(GroupingTuner.tune(analyzer, texts(set), withFourDifferent).outcome()).isEqualTo(GroupingTuner.Outcome.TOO_FEW_PAIRS);
    }

    private GroupingTuner.Result timed(List<GroupingEvaluation.Item> set, List<LabelledPair> decisions) {
        long started = System.nanoTime();
        GroupingTuner.Result result = GroupingTuner.tune(analyzer, texts(set), decisions);
        log.info("Tuning on {} texts, {} pairs: {} in {} ms", set.size(), decisions.size(), result, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private static List<SimilarityGrouping.Text> texts(List<GroupingEvaluation.Item> set) {
        return set.stream().map(GroupingEvaluation.Item::text).toList();
    }

    private static List<LabelledPair> pairs(List<GroupingEvaluation.Item> set, BiPredicate<GroupingEvaluation.Item, GroupingEvaluation.Item> same) {
        List<LabelledPair> pairs = new ArrayList<>();
        for (int a = 0; a < set.size(); a++) {
            for (int b = a + 1; b < set.size(); b++) {
                pairs.add(LabelledPair.of(set.get(a).id(), set.get(b).id(), same.test(set.get(a), set.get(b))));
            }
        }
        return pairs;
    }
}
