package org.wardops.tasks;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/**
 * One task with its roll-up over the units it was cascaded to, the per-unit table, its progress history, a project's
 * milestones (by planned date: its timeline) and quantities, and what the current actor may do with it.
 */
public record TaskDetails(TaskView task, RollUp rollUp, List<TaskView> children, List<ProgressEntry> progress,
                          List<MilestoneView> milestones, List<QuantityView> quantities, Permissions may,
                          List<CoordinatingUnit> coordinatingUnits, @Nullable String ownerName, Set<TaskAction> actions) {

    /** Whether the current actor may take the action now (the policy's answer; the facade checks again). */
    public boolean allows(TaskAction action) {
        return actions.contains(action);
    }

    /** A unit that coordinates on the task: it reads the task, the lead unit reports on it. */
    public record CoordinatingUnit(java.util.UUID id, String name) {
    }

    /** The children of a cascaded task counted by state. */
    public record RollUp(int units, int completedOnTime, int completedLate, int inProgress, int overdue, int cancelled, int averagePercent) {
    }

    /** What the current actor may do, summarised from {@code actions}; the facade checks every action again. */
    public record Permissions(boolean report, boolean decide, boolean cascade, boolean requestDueDate) {

        static Permissions of(Set<TaskAction> actions) {
            return new Permissions(actions.contains(TaskAction.REPORT_PROGRESS) || actions.contains(TaskAction.REPORT_COMPLETION),
                    actions.contains(TaskAction.ACCEPT) || actions.contains(TaskAction.CANCEL) || actions.contains(TaskAction.DECIDE_DUE_DATE),
                    actions.contains(TaskAction.CASCADE), actions.contains(TaskAction.REQUEST_DUE_DATE));
        }
    }
}
