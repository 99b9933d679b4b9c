package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One page of the open tasks due by 31 December of the current year for a unit, a working group or the whole city:
 * overdue first, then those that affect people's lives, then by due date. {@code total} counts every task of the
 * board; {@code actions} are the board actions the actor may take on at least one task of this page.
 */
public record YearEndReview(@Nullable UUID unitId, @Nullable UUID workingGroupId, boolean city, String scopeName,
                            LocalDate yearEnd, List<TaskView> tasks, int page, int size, long total, List<ReviewAction.Kind> actions) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
