package org.wardops.citizensupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Help given by one unit, per service and month (raw entries and those already reduced to monthly counts).
 *
 * @param months the months shown, oldest first ({@code 2026-11})
 * @param counts service → month → entries
 * @param done month → entries whose outcome was DONE
 */
public record HelpSummary(UUID unitId, List<String> months, Map<AssistanceService, Map<String, Integer>> counts,
                          Map<String, Integer> totals, Map<String, Integer> done) {

    public int count(AssistanceService service, String month) {
        return counts.getOrDefault(service, Map.of()).getOrDefault(month, 0);
    }

    public int total(String month) {
        return totals.getOrDefault(month, 0);
    }

    public int doneIn(String month) {
        return done.getOrDefault(month, 0);
    }
}
