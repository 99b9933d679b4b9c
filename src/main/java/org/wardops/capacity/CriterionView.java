package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

/** A readiness criterion of the configuration: code, label, weight (its maximum points), rule type and parameter. */
public record CriterionView(String code, String label, int weight, String ruleType, @Nullable Integer parameter) {
}
