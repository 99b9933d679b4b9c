package org.wardops.capacity;

/** Which column of an inventory file identifies an asset already recorded for the unit. */
public enum MatchKey {
    TAG,
    SERIAL
}
