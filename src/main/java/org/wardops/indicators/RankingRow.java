package org.wardops.indicators;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One unit in a ranking: dense rank by total to the cent (equal totals share a rank, the next total takes the next
 * rank), ties listed by official unit code; {@code band} is the legend colour of the total's share of the maximum.
 */
public record RankingRow(int rank, UUID unitId, String unitCode, String unitName, BigDecimal total, BigDecimal max,
                         @Nullable BigDecimal previousTotal, Band band) {

    /** Legend bands of a total's share of the maximum: ≥ 90 %, ≥ 80 %, ≥ 70 %, below. */
    public enum Band {
        EXCELLENT, GOOD, FAIR, WEAK;

        public static Band of(BigDecimal total, BigDecimal max) {
            if (max.signum() == 0) {
                return WEAK;
            }
            double share = total.doubleValue() / max.doubleValue();
            return share >= 0.9 ? EXCELLENT : share >= 0.8 ? GOOD : share >= 0.7 ? FAIR : WEAK;
        }
    }
}
