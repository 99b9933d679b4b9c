package org.wardops.capacity;

import org.junit.jupiter.api.Test;
import org.wardops.capacity.internal.Facts;
import org.wardops.capacity.internal.ReadinessRecorder;
import org.wardops.capacity.internal.ReadinessStore.CriterionRow;
import org.wardops.capacity.internal.RuleType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness arithmetic of the seeded criteria (V60 with the weights and the training-coverage criterion of V85)
 * against {@code capacity/readiness-golden.csv}, whose expected points were computed by hand (the working is in the
 * file's comments).
 */
class ReadinessGoldenFileTests {

    static final List<CriterionRow> SEEDED = List.of(
            new CriterionRow("dtOfficer", "", "", "", 20, RuleType.DT_OFFICER_PRESENT, null, null),
            new CriterionRow("postsFilled", "", "", "", 15, RuleType.POSTS_FILLED_SHARE, null, null),
            new CriterionRow("basicSkills", "", "", "", 10, RuleType.BASIC_IT_SKILL_SHARE, null, null),
            new CriterionRow("pcsSupported", "", "", "", 15, RuleType.SHARE_OF_PCS_SUPPORTED, null, null),
            new CriterionRow("restoreTest", "", "", "", 10, RuleType.RESTORE_TEST_WITHIN_MONTHS, 12, null),
            new CriterionRow("controls", "", "", "", 15, RuleType.CONTROLS_IN_PLACE_SHARE, null, null),
            new CriterionRow("redundantLink", "", "", "", 5, RuleType.LINK_REDUNDANT, null, null),
            new CriterionRow("trainingCoverage", "", "", "", 10, RuleType.INDICATOR_VALUE, 100, "training.coverage.basicIt"));

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void everyCaseOfTheGoldenFileScoresAsComputedByHand() throws IOException {
        List<String[]> rows = golden();
        assertThat(rows).hasSize(4);
        for (String[] row : rows) {
            String coverage = row[18];
            Map<String, Facts.Reading> readings = coverage.isEmpty() ? Map.of()
                    : Map.of("training.coverage.basicIt", new Facts.Reading(new BigDecimal(coverage), "2026-12"));
            Facts facts = new Facts(TODAY, i(row[1]), i(row[2]), i(row[3]), 0, i(row[4]), Boolean.parseBoolean(row[5]), Boolean.parseBoolean(row[6]),
                    i(row[7]), i(row[8]), i(row[9]), i(row[10]), i(row[11]), row[12].isEmpty() ? null : LocalDate.parse(row[12]),
                    i(row[13]), i(row[14]), i(row[15]), i(row[16]), i(row[17]), readings);
            List<ReadinessRecorder.Scored> scored = ReadinessRecorder.score(SEEDED, facts);
            List<BigDecimal> expected = Arrays.stream(row, 19, 27).map(BigDecimal::new).toList();
            assertThat(scored).as(row[0]).extracting(s -> s.outcome().points()).containsExactlyElementsOf(expected);
            assertThat(scored.stream().map(s -> s.outcome().points()).reduce(BigDecimal.ZERO, BigDecimal::add)).as(row[0])
                    .isEqualByComparingTo(row[27]);
            for (ReadinessRecorder.Scored s : scored) {
                boolean full = s.outcome().points().compareTo(BigDecimal.valueOf(s.criterion().weight())) >= 0;
                assertThat(s.outcome().gap() == null).as(row[0] + " " + s.criterion().code() + " has a gap exactly when points are missing").isEqualTo(full);
            }
        }
    }

    @Test
    void theSeededWeightsAddUpToOneHundred() {
        assertThat(SEEDED.stream().mapToInt(CriterionRow::weight).sum()).isEqualTo(100);
    }

    @Test
    void anIndicatorValueCountsUpToTheTargetAndSaysWhichMonthItIsFrom() {
        CriterionRow eighty = new CriterionRow("trainingCoverage", "", "", "", 10, RuleType.INDICATOR_VALUE, 80, "training.coverage.basicIt");
        RuleType.Outcome above = RuleType.INDICATOR_VALUE.apply(withCoverage("95", "2026-11"), 10, 80, eighty.dataElement());
        assertThat(above.points()).isEqualByComparingTo("10");
        assertThat(above.gap()).isNull();
        RuleType.Outcome below = RuleType.INDICATOR_VALUE.apply(withCoverage("40", "2026-11"), 10, 80, eighty.dataElement());
        assertThat(below.points()).isEqualByComparingTo("5.00");
        assertThat(below.gap().key()).isEqualTo("capacity.message.gap.indicator.below");
        assertThat(below.gap().arguments()).containsExactly(new BigDecimal("40"), 80, "2026-11");
        RuleType.Outcome outOfRange = RuleType.INDICATOR_VALUE.apply(withCoverage("250", "2026-12"), 10, null, eighty.dataElement());
        assertThat(outOfRange.points()).as("a value above 100 counts as 100").isEqualByComparingTo("10");
        RuleType.Outcome otherElement = RuleType.INDICATOR_VALUE.apply(withCoverage("95", "2026-12"), 10, null, "training.coverage.other");
        assertThat(otherElement.points()).isEqualByComparingTo("0");
        assertThat(otherElement.gap().key()).isEqualTo("capacity.message.gap.indicator.none");
    }

    private static Facts withCoverage(String value, String period) {
        return new Facts(TODAY, 0, 0, 0, 0, 0, false, false, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0,
                Map.of("training.coverage.basicIt", new Facts.Reading(new BigDecimal(value), period)));
    }

    private static int i(String text) {
        return Integer.parseInt(text);
    }

    private static List<String[]> golden() throws IOException {
        try (InputStream in = ReadinessGoldenFileTests.class.getResourceAsStream("/capacity/readiness-golden.csv")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.startsWith("case,") && !l.isBlank())
                    .map(l -> l.split(",", -1)).toList();
        }
    }
}
