package org.wardops.training.internal;

import org.jspecify.annotations.Nullable;

/**
 * The completion rule of a course, held as data ({@code training_rule}): the share of the counting sessions attended
 * and the post-test score an enrolment needs. No counting session means nothing to complete.
 */
public record Completion(String code, int minAttendancePercent, int minPostScore) {

    public boolean met(int attended, int countingSessions, @Nullable Integer postScore) {
        return countingSessions > 0 && postScore != null && postScore >= minPostScore
                && attended * 100L >= (long) minAttendancePercent * countingSessions;
    }
}
