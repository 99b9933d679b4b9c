package org.wardops.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** A project quantity, e.g. households relocated, against its total. */
public record QuantityView(UUID id, String name, String measure, BigDecimal total, BigDecimal achieved) {

    public int percent() {
        return total.signum() == 0 ? 0 : achieved.multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.DOWN).intValue();
    }
}
