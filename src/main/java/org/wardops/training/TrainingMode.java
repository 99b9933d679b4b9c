package org.wardops.training;

/** How a course is given. */
public enum TrainingMode {
    IN_PERSON,
    ONLINE,
    BLENDED
}
