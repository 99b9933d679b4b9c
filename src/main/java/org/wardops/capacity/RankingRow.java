package org.wardops.capacity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** A unit in the ranking: its dense rank (equal scores share a rank), score, maximum and points by criterion code. */
public record RankingRow(int rank, UUID unitId, String unitName, BigDecimal score, BigDecimal max, Map<String, BigDecimal> points) {
}
