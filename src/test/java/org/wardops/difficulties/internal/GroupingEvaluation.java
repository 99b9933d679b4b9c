package org.wardops.difficulties.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Labelled evaluation sets and pairwise scoring. A set is a TSV file under src/test/resources/difficulties: either
 * "theme, text" (the tuning set) or "theme, category, title, description, recommendation" (the held-out sets).
 * Precision is the share of suggested pairs (two texts in one suggestion) that share a theme; recall the share of
 * same-theme pairs that were suggested together.
 */
final class GroupingEvaluation {

    record Item(UUID id, String theme, String category, String title, String description, String recommendation) {
        SimilarityGrouping.Text text() {
            return new SimilarityGrouping.Text(id, title, description, recommendation, category);
        }
    }

    record Score(double precision, double recall, long suggested, long correct, long relevant) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return "precision %.3f recall %.3f F1 %.3f (%d suggested pairs, %d correct, %d same-theme pairs)"
                    .formatted(precision, recall, f1(), suggested, correct, relevant);
        }
    }

    private GroupingEvaluation() {
    }

    static List<Item> load(String name) {
        List<Item> set = new ArrayList<>();
        try (InputStream in = GroupingEvaluation.class.getResourceAsStream("/difficulties/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing evaluation set " + name);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                UUID id = UUID.nameUUIDFromBytes(line.getBytes(StandardCharsets.UTF_8));
                if (columns.length == 2) {
                    set.add(new Item(id, columns[0], "", "", columns[1].strip(), ""));
                } else if (columns.length == 5) {
                    set.add(new Item(id, columns[0], columns[1], columns[2].strip(), columns[3].strip(), columns[4].strip()));
                } else {
                    throw new IllegalStateException(name + ": expected 2 or 5 columns in " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    static Score score(List<Item> set, List<SimilarityGrouping.Group> groups) {
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
        return new Score(suggested == 0 ? 0 : (double) correct / suggested, relevant == 0 ? 0 : (double) correct / relevant, suggested, correct, relevant);
    }
}
