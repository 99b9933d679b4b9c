package org.wardops.tasks;

/** How urgent the issuer says a task is. */
public enum TaskPriority {
    NORMAL,
    HIGH,
    URGENT
}
