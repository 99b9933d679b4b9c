package org.wardops.tasks;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a task is in its lifecycle, stored in {@code tasks_task.stage}: open, its completion awaiting the issuer,
 * accepted, or cancelled. The official {@link TaskState} follows from the stage and the dates.
 */
public enum TaskStage {
    OPEN,
    AWAITING_ACCEPTANCE,
    ACCEPTED,
    CANCELLED;

    /** The stages in which the lead unit still works on the task: what "open" means in every query. */
    public static final Set<TaskStage> ACTIVE = EnumSet.of(OPEN, AWAITING_ACCEPTANCE);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** The names of the stages, for binding as an SQL parameter list. */
    public static List<String> names(Set<TaskStage> stages) {
        return Arrays.stream(values()).filter(stages::contains).map(Enum::name).toList();
    }
}
