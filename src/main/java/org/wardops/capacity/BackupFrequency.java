package org.wardops.capacity;

/** How often a backup is taken. */
public enum BackupFrequency {
    DAILY,
    WEEKLY,
    MONTHLY,
    IRREGULAR
}
