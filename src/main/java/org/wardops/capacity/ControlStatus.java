package org.wardops.capacity;

/** A security control is in place, missing, or not applicable to the unit (with a reason; it then leaves the score). */
public enum ControlStatus {
    IN_PLACE,
    MISSING,
    NOT_APPLICABLE
}
