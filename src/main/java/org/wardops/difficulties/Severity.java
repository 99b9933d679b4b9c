package org.wardops.difficulties;

/** How badly a difficulty hampers the unit's work. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
