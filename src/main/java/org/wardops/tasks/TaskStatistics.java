package org.wardops.tasks;

import org.wardops.shared.text.VietnameseCollation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Per unit or per working group: on-time rate, overdue count and average delay, ranked best first; and the
 * completions per month (by the month of the accepted completion) from the first month with one, over the last 12.
 *
 * <p>The ranking rule: only a unit or group with at least {@value #MINIMUM_DUE} tasks whose due date has come
 * (completed, or still open past the due date) is ranked. Its on-time rate is the share of those tasks completed on
 * time — an overdue task counts against it. Higher rate first, then fewer overdue tasks, then the shorter average
 * delay, then the name in Vietnamese order. The others are listed after them, unranked (rank 0), with "no data".
 */
public record TaskStatistics(String groupBy, List<Row> rows, List<Month> trend) {

    public static final int MINIMUM_DUE = 3;

    static final Comparator<Row> RANKING = Comparator.comparing((Row row) -> !row.ranked())
            .thenComparing(Comparator.comparingInt(Row::onTimeRate).reversed())
            .thenComparingInt(Row::overdue)
            .thenComparingDouble(Row::averageDelayDays)
            .thenComparing(VietnameseCollation.comparing(Row::name));

    /** Tasks completed in one month ({@code month} as yyyy-MM), on time and late. */
    public record Month(String month, int completedOnTime, int completedLate) {
    }

    /**
     * One unit or working group. {@code onTimeRate}: tasks completed on time among the tasks whose due date has come
     * (percent), or -1 when fewer than {@value TaskStatistics#MINIMUM_DUE} are due; {@code averageDelayDays} averages
     * the days late of late completions and overdue tasks; {@code rank} is 0 for an unranked row.
     */
    public record Row(int rank, UUID id, String name, int total, int completedOnTime, int completedLate, int inProgress,
                      int overdue, int onTimeRate, double averageDelayDays) {

        public boolean ranked() {
            return onTimeRate >= 0;
        }
    }
}
