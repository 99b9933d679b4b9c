package org.wardops.capacity;

import org.junit.jupiter.api.Test;
import org.wardops.capacity.internal.Facts;
import org.wardops.capacity.internal.ReadinessRecorder;
import org.wardops.capacity.internal.ReadinessStore.CriterionRow;
import org.wardops.capacity.internal.RuleType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness arithmetic against an example computed by hand (the seeded criteria of V60):
 * DT officer only concurrent 0/20; posts 6 of 10 → 15 × 6/10 = 9.00; basic skills 3 of 7 → 15 × 3/7 = 6.43;
 * PCs 5 (incl. 2 ending) of 12 supported → 15 × 5/12 = 6.25; no restore test 0/10;
 * controls 3 in place of 6 applicable (1 not applicable) → 15 × 3/6 = 7.50; one link without redundancy 0/10.
 * Total 29.18 of 100.
 */
class ReadinessArithmeticTests {

    private static final List<CriterionRow> CRITERIA = List.of(
            new CriterionRow("dtOfficer", "", "", "", 20, RuleType.DT_OFFICER_PRESENT, null, null),
            new CriterionRow("postsFilled", "", "", "", 15, RuleType.POSTS_FILLED_SHARE, null, null),
            new CriterionRow("basicSkills", "", "", "", 15, RuleType.BASIC_IT_SKILL_SHARE, null, null),
            new CriterionRow("pcsSupported", "", "", "", 15, RuleType.SHARE_OF_PCS_SUPPORTED, null, null),
            new CriterionRow("restoreTest", "", "", "", 10, RuleType.RESTORE_TEST_WITHIN_MONTHS, 12, null),
            new CriterionRow("controls", "", "", "", 15, RuleType.CONTROLS_IN_PLACE_SHARE, null, null),
            new CriterionRow("redundantLink", "", "", "", 10, RuleType.LINK_REDUNDANT, null, null));

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Facts example(LocalDate lastRestore, int notApplicable, int missing) {
        return new Facts(TODAY, 10, 6, 7, 2, 3, false, true, 12, 3, 2, 7, 0, lastRestore, 3, missing, notApplicable, 1, 0, Map.of());
    }

    @Test
    void scoresTheHandComputedExample() {
        List<ReadinessRecorder.Scored> scored = ReadinessRecorder.score(CRITERIA, example(null, 1, 3));
        assertThat(scored).extracting(s -> s.outcome().points()).containsExactly(new BigDecimal("0.00"), new BigDecimal("9.00"),
                new BigDecimal("6.43"), new BigDecimal("6.25"), new BigDecimal("0.00"), new BigDecimal("7.50"), new BigDecimal("0.00"));
        assertThat(scored.stream().map(s -> s.outcome().points()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("29.18");
        assertThat(scored.get(3).outcome().gap()).isNotNull();
        assertThat(scored.get(3).outcome().gap().key()).isEqualTo("capacity.message.gap.pcs.unsupported");
        assertThat(scored.get(3).outcome().gap().arguments()).containsExactly(7, 12);
        assertThat(scored.get(0).outcome().gap().key()).isEqualTo("capacity.message.gap.dtOfficer.concurrent");
    }

    @Test
    void notApplicableControlsLeaveTheDenominator() {
        BigDecimal withOneNotApplicable = ReadinessRecorder.score(CRITERIA, example(null, 1, 3)).get(5).outcome().points();
        BigDecimal asMissing = ReadinessRecorder.score(CRITERIA, example(null, 0, 4)).get(5).outcome().points();
        assertThat(withOneNotApplicable).isEqualByComparingTo("7.50");
        assertThat(asMissing).isEqualByComparingTo("6.43");
    }

    @Test
    void aRestoreTestCountsForTwelveMonthsToTheDay() {
        assertThat(ReadinessRecorder.score(CRITERIA, example(TODAY.minusMonths(12), 1, 3)).get(4).outcome().points()).isEqualByComparingTo("10");
        RuleType.Outcome tooOld = ReadinessRecorder.score(CRITERIA, example(TODAY.minusMonths(12).minusDays(1), 1, 3)).get(4).outcome();
        assertThat(tooOld.points()).isEqualByComparingTo("0");
        assertThat(tooOld.gap().key()).isEqualTo("capacity.message.gap.restore.old");
    }
}
