package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Values typed for one unit and period; a value left empty (null) removes the stored one. */
public record EnterValues(@Nullable UUID unitId, @Nullable String period, @Nullable List<Entry> values) {

    public record Entry(@Nullable String dataElement, @Nullable BigDecimal value) {
    }
}
