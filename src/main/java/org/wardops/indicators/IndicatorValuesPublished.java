package org.wardops.indicators;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A module's figures for one unit and period, published as data-element values (the event type that
 * {@code indicators} owns, so that it depends on no business module). The indicators module stores them as values
 * of the named data elements, replacing what the same source published before for that unit and period, and
 * refreshes the pre-aggregated tables.
 *
 * @param source the publishing module, e.g. {@code capacity} or {@code citizensupport}
 * @param unitId the organisation unit the figures belong to
 * @param period an ISO period code: {@code 2025-W47}, {@code 2025-10}, {@code 2025-Q4} or {@code 2025}
 * @param values data-element code (e.g. {@code assistance.done}) to value
 */
public record IndicatorValuesPublished(String source, UUID unitId, String period, Map<String, BigDecimal> values) {

    public IndicatorValuesPublished {
        values = Map.copyOf(values);
    }
}
