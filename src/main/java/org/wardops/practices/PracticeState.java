package org.wardops.practices;

/** Where a practice stands: published by its unit, endorsed (then others may adopt it) or returned with a reason. */
public enum PracticeState {
    PUBLISHED,
    ENDORSED,
    RETURNED
}
