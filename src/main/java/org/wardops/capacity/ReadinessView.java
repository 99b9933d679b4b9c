package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A unit's readiness score: the sum of its criteria's points, its dense rank in the city (null before a first score). */
public record ReadinessView(UUID unitId, String unitName, BigDecimal score, BigDecimal max, @Nullable Integer rank,
                            List<CriterionScore> criteria) {

    public List<CriterionScore> gaps() {
        return criteria.stream().filter(c -> c.gap() != null).toList();
    }
}
