package org.wardops.capacity;

/** Whether an asset is in use, broken, kept as a spare or retired. */
public enum AssetState {
    IN_USE,
    BROKEN,
    SPARE,
    RETIRED
}
