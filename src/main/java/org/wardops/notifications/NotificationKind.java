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
    REPORT_REQUESTED,
    REPORT_SUBMITTED,
    REPORT_RETURNED,
    REPORT_ACCEPTED
}
