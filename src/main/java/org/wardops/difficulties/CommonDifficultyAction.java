package org.wardops.difficulties;

/** What a person can do with a common difficulty; the difficulties policy decides which ones the actor may do now. */
public enum CommonDifficultyAction {
    ADD_MEMBERS,
    PROPOSE
}
