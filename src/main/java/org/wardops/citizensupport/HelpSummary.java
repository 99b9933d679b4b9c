package org.wardops.citizensupport;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Help given by one unit, per service and month (raw entries and those already reduced to monthly counts), with the
 * unit's online-service uptake in the same months beside it.
 *
 * @param months the months shown, oldest first ({@code 2026-11})
 * @param counts service → month → entries
 * @param done month → entries whose outcome was DONE
 * @param uptake month → the unit's public-service dossiers received and received online (the indicator values
 *               {@code dossiers.received}, {@code dossiers.online}); a month without figures is absent
 */
public record HelpSummary(UUID unitId, List<String> months, Map<AssistanceService, Map<String, Integer>> counts,
                          Map<String, Integer> totals, Map<String, Integer> done, Map<String, Uptake> uptake) {

    /**
     * Online-service uptake of one month: dossiers received, of them online and fully online; {@code rate} =
     * online ÷ received (0…1, four decimals), null without a received figure or when none was received ("no data").
     */
    public record Uptake(@Nullable BigDecimal received, @Nullable BigDecimal online, @Nullable BigDecimal fullyOnline,
                         @Nullable BigDecimal rate) {

        public static Uptake of(@Nullable BigDecimal received, @Nullable BigDecimal online, @Nullable BigDecimal fullyOnline) {
            BigDecimal rate = received == null || online == null || received.signum() == 0 ? null
                    : online.divide(received, 4, RoundingMode.HALF_UP);
            return new Uptake(received, online, fullyOnline, rate);
        }

        /** The rate in per cent with one decimal, null as no data. */
        public @Nullable BigDecimal percent() {
            return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        }
    }

    public int count(AssistanceService service, String month) {
        return counts.getOrDefault(service, Map.of()).getOrDefault(month, 0);
    }

    public int total(String month) {
        return totals.getOrDefault(month, 0);
    }

    public int doneIn(String month) {
        return done.getOrDefault(month, 0);
    }

    public @Nullable Uptake uptakeIn(String month) {
        return uptake.get(month);
    }
}
