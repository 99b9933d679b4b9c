package org.wardops.difficulties;

import java.util.Map;

/** The city overview: difficulties by category and state, and how many answers came by their deadline. */
public record OverviewView(Map<String, Long> byCategory, Map<DifficultyState, Long> byState, long total, long overdue, long answered,
                           long answeredOnTime) {

    /** Share of answered difficulties answered by their deadline, in percent (0 when none was answered yet). */
    public int onTimeRate() {
        return answered == 0 ? 0 : (int) Math.round(100.0 * answeredOnTime / answered);
    }
}
