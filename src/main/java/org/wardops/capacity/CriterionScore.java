package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** One criterion of a unit's score: the points it earned of its maximum, the evidence they rest on and, if any, the gap in words. */
public record CriterionScore(String code, String label, BigDecimal points, BigDecimal max, String evidence, @Nullable String gap) {
}
