package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

/** A new data element (its code never changes once values exist). */
public record SaveDataElement(@Nullable String code, @Nullable Names names, DataElementView.@Nullable ValueType valueType,
                              DataElementView.@Nullable Aggregation aggregation) {
}
