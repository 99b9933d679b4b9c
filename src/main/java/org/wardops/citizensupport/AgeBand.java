package org.wardops.citizensupport;

/** The citizen's age band, optional: coarse enough that it identifies nobody. */
public enum AgeBand {
    UNDER_25,
    FROM_25_TO_39,
    FROM_40_TO_59,
    FROM_60
}
