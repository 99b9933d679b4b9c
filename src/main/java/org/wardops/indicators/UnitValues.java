package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored values of one unit and period, one per data element (empty value: none stored). */
public record UnitValues(UUID unitId, String unitName, String period, boolean mayEnter, List<Value> values) {

    public record Value(String dataElement, Names names, @Nullable BigDecimal value, @Nullable String source, @Nullable Instant updatedAt) {
    }
}
