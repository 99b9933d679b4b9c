package org.wardops.directory;

/** A person's role in a working group. */
public enum GroupRole {
    LEADER,
    DEPUTY_LEADER,
    MEMBER,
    SECRETARY
}
