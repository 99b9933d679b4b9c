package org.wardops.difficulties.internal;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestion quality on the labelled evaluation set, counted over pairs of texts: precision is the share of
 * suggested pairs that share a theme, recall the share of same-theme pairs that were suggested together.
 */
class SuggestionQualityTests {

    private static final Logger log = LoggerFactory.getLogger(SuggestionQualityTests.class);

    record Labelled(UUID id, String theme, String text) {
    }

    @Test
    void suggestedGroupingsMatchTheLabelledThemes() throws IOException {
        List<Labelled> set = evaluationSet();
        assertThat(set).hasSizeGreaterThanOrEqualTo(80);
        assertThat(set.stream().map(Labelled::theme).distinct().count()).isGreaterThanOrEqualTo(10);

        long started = System.nanoTime();
        List<SimilarityGrouping.Group> groups = new SimilarityGrouping().group(
                set.stream().map(item -> new SimilarityGrouping.Text(item.id(), item.text())).toList(), SimilarityGrouping.DEFAULT_THRESHOLD);
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<UUID, String> themes = new HashMap<>();
        set.forEach(item -> themes.put(item.id(), item.theme()));
        Map<UUID, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (UUID id : groups.get(g).ids()) {
                groupOf.put(id, g);
            }
        }
        long suggested = 0;
        long correct = 0;
        long relevant = 0;
        for (int a = 0; a < set.size(); a++) {
            for (int b = a + 1; b < set.size(); b++) {
                boolean sameTheme = set.get(a).theme().equals(set.get(b).theme());
                Integer groupA = groupOf.get(set.get(a).id());
                boolean together = groupA != null && groupA.equals(groupOf.get(set.get(b).id()));
                relevant += sameTheme ? 1 : 0;
                suggested += together ? 1 : 0;
                correct += together && sameTheme ? 1 : 0;
            }
        }
        double precision = suggested == 0 ? 0 : (double) correct / suggested;
        double recall = (double) correct / relevant;
        for (SimilarityGrouping.Group group : groups) {
            log.info("group score {} terms {} themes {}", group.score(), group.sharedTerms(),
                    group.ids().stream().map(themes::get).toList());
        }
        log.info("Suggestion quality on {} texts in {} themes: precision {} recall {} ({} suggested pairs, {} correct, {} same-theme pairs) in {} ms",
                set.size(), set.stream().map(Labelled::theme).distinct().count(), "%.3f".formatted(precision), "%.3f".formatted(recall),
                suggested, correct, relevant, millis);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void groupsFourHundredTextsQuickly() throws IOException {
        List<SimilarityGrouping.Text> texts = new ArrayList<>();
        List<Labelled> set = evaluationSet();
        for (int copy = 0; copy < 4; copy++) {
            for (Labelled item : set) {
                texts.add(new SimilarityGrouping.Text(UUID.randomUUID(), item.text() + " " + copy));
            }
        }
        SimilarityGrouping grouping = new SimilarityGrouping();
        grouping.group(texts.subList(0, 50), SimilarityGrouping.DEFAULT_THRESHOLD);
        long started = System.nanoTime();
        List<SimilarityGrouping.Group> groups = grouping.group(texts, SimilarityGrouping.DEFAULT_THRESHOLD);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Grouped {} texts into {} suggestions in {} ms", texts.size(), groups.size(), millis);
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void foldsDiacriticsAndSynonymsToTheSameTerms() {
        SimilarityGrouping grouping = new SimilarityGrouping();
        assertThat(grouping.terms("cán bộ chuyên trách chuyển đổi số"))
                .isEqualTo(grouping.terms("công chức chuyên trách CĐS"))
                .isEqualTo(grouping.terms("can bo chuyen trach chuyen doi so"));
    }

    @Test
    void suggestsTextsInAnotherWordOrderTogether() {
        List<SimilarityGrouping.Text> texts = List.of(
                new SimilarityGrouping.Text(UUID.randomUUID(), "Máy tính cũ, cấu hình thấp"),
                new SimilarityGrouping.Text(UUID.randomUUID(), "Cấu hình thấp của máy vi tính đã cũ"),
                new SimilarityGrouping.Text(UUID.randomUUID(), "Di dời hộ dân khỏi chung cư xuống cấp"));
        List<SimilarityGrouping.Group> groups = new SimilarityGrouping().group(texts, SimilarityGrouping.DEFAULT_THRESHOLD);
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().ids()).containsExactlyInAnyOrder(texts.get(0).id(), texts.get(1).id());
        assertThat(groups.getFirst().sharedTerms()).contains("cau hinh");
    }

    static List<Labelled> evaluationSet() throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (InputStream in = SuggestionQualityTests.class.getResourceAsStream("/difficulties/evaluation-set.tsv")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                set.add(new Labelled(UUID.nameUUIDFromBytes(line.getBytes(StandardCharsets.UTF_8)), columns[0], columns[1].strip()));
            }
        }
        return set;
    }
}
