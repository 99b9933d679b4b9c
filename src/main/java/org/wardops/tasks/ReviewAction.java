package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One action on many tasks of the year-end board: the unit confirms they are on track, reports them done or asks
 * for a new date (with a reason); the issuer approves or refuses the new dates asked for.
 */
public record ReviewAction(@Nullable Kind action, @Nullable List<UUID> taskIds, @Nullable String note, @Nullable LocalDate dueDate,
                           @Nullable String reason) {

    public enum Kind {
        CONFIRM_ON_TRACK(TaskAction.CONFIRM_ON_TRACK),
        REPORT_DONE(TaskAction.REPORT_COMPLETION),
        REQUEST_DUE_DATE(TaskAction.REQUEST_DUE_DATE),
        APPROVE_DUE_DATE(TaskAction.DECIDE_DUE_DATE),
        REFUSE_DUE_DATE(TaskAction.DECIDE_DUE_DATE);

        private final TaskAction action;

        Kind(TaskAction action) {
            this.action = action;
        }

        /** The task action this board action takes on each chosen task. */
        public TaskAction action() {
            return action;
        }
    }
}
