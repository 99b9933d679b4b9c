package org.wardops.dashboard;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One thing that needs the person now, with the page where it is done.
 *
 * @param title the record's own title (a report request, a difficulty, a task), or a sentence for a standing item
 * @param unitName the unit the item belongs to, when it belongs to one
 * @param dueDate the deadline, when the item has one
 * @param overdue whether the deadline has passed (in Asia/Ho_Chi_Minh)
 * @param link the page where it is done
 * @param detail what the person should know first: the reason a report was returned, who marked a draft ready
 */
public record TodoItem(TodoKind kind, String title, @Nullable String unitName, @Nullable LocalDate dueDate, boolean overdue, String link,
                       @Nullable String detail) {
}
