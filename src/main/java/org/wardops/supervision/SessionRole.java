package org.wardops.supervision;

/** A participant's role at a session. */
public enum SessionRole {
    CHAIR,
    MEMBER,
    SECRETARY,
    UNIT_REPRESENTATIVE,
    GUEST
}
