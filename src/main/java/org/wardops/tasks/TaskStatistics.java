package org.wardops.tasks;

import java.util.List;
import java.util.UUID;

/** Per unit or per working group: on-time completion rate, overdue count and average delay, ranked best first. */
public record TaskStatistics(String groupBy, List<Row> rows) {

    /**
     * One unit or working group. {@code onTimeRate} is the share of completed tasks completed on time (percent, or
     * -1 when none is completed); {@code averageDelayDays} averages the days late of late completions and overdue tasks.
     */
    public record Row(int rank, UUID id, String name, int total, int completedOnTime, int completedLate, int inProgress,
                      int overdue, int onTimeRate, double averageDelayDays) {
    }
}
