package org.wardops.difficulties;

/** Where a difficulty was raised: in a periodic report, during a supervision session, or on its own. */
public enum DifficultySource {
    REPORT,
    SESSION,
    AD_HOC
}
