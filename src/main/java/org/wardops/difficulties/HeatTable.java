package org.wardops.difficulties;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Difficulties (drafts excluded) by unit and category; {@code max} scales the colour of a cell. */
public record HeatTable(List<String> categories, List<Row> rows, long max) {

    /** One unit's counts by category code. */
    public record Row(UUID unitId, String unitName, Map<String, Long> counts, long total) {

        public long count(String category) {
            return counts.getOrDefault(category, 0L);
        }
    }

    /** A heat level 0–4 for a count, for the cell's class. */
    public int level(long count) {
        if (count == 0 || max == 0) {
            return 0;
        }
        return (int) Math.min(4, 1 + (count * 4 - 1) / max);
    }
}
