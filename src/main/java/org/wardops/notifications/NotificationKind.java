package org.wardops.notifications;

/** What a notification is about; preferences are chosen per kind. */
public enum NotificationKind {
    TASK_ASSIGNED,
    TASK_COMPLETION_REPORTED,
    TASK_COMPLETED,
    TASK_RETURNED,
    TASK_DUE_DATE_REQUESTED,
    TASK_DUE_DATE_DECIDED,
    TASK_DUE_SOON,
    TASK_OVERDUE,
    DIFFICULTY_TO_ANSWER,
    DIFFICULTY_ANSWERED,
    DIFFICULTY_DECLINED,
    DIFFICULTY_COSIGNED,
    DIFFICULTY_OVERDUE
}
