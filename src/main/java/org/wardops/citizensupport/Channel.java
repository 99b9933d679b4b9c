package org.wardops.citizensupport;

/** How the citizen was reached. */
public enum Channel {
    DOOR_TO_DOOR,
    SUPPORT_POINT,
    PHONE
}
