package org.wardops.tasks;

import java.util.List;
import java.util.UUID;

/**
 * Per unit or per working group: on-time completion rate, overdue count and average delay, ranked best first; and
 * the completions of the last 12 months (by the month of the accepted completion) in the same scope.
 */
public record TaskStatistics(String groupBy, List<Row> rows, List<Month> trend) {

    /** Tasks completed in one month ({@code month} as yyyy-MM), on time and late. */
    public record Month(String month, int completedOnTime, int completedLate) {
    }

    /**
     * One unit or working group. {@code onTimeRate} is the share of completed tasks completed on time (percent, or
     * -1 when none is completed); {@code averageDelayDays} averages the days late of late completions and overdue tasks.
     */
    public record Row(int rank, UUID id, String name, int total, int completedOnTime, int completedLate, int inProgress,
                      int overdue, int onTimeRate, double averageDelayDays) {
    }
}
