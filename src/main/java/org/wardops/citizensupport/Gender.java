package org.wardops.citizensupport;

/** The citizen's gender, optional. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
