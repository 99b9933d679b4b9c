package org.wardops.citizensupport;

/** What the help achieved; {@link #NOT_POSSIBLE} needs a reason. */
public enum Outcome {
    DONE,
    PARTLY,
    NOT_POSSIBLE
}
