package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every open task due by 31 December of the current year for a unit, a working group or the whole city: overdue
 * first, then those that affect people's lives, then by due date.
 */
public record YearEndReview(@Nullable UUID unitId, @Nullable UUID workingGroupId, boolean city, String scopeName,
                            LocalDate yearEnd, List<TaskView> tasks) {
}
