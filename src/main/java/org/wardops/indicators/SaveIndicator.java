package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new indicator, or a new version of one: a version valid from a later day closes the current version the day
 * before; one valid from the same day replaces it. {@code version} is the version of the indicator's latest
 * definition as read (required when revising; a stale one is a conflict and changes nothing); it is ignored when creating.
 */
public record SaveIndicator(@Nullable String code, @Nullable Names names, @Nullable String set, @Nullable String group,
                            @Nullable String numerator, @Nullable String denominator, @Nullable BigDecimal target,
                            @Nullable BigDecimal max, IndicatorView.@Nullable Direction direction, @Nullable List<BigDecimal> legend,
                            @Nullable Integer sortOrder, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
                            @Nullable Long version) {
}
