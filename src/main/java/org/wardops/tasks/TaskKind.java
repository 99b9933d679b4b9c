package org.wardops.tasks;

/** A plain task, or a project with milestones and quantities. */
public enum TaskKind {
    TASK,
    PROJECT
}
