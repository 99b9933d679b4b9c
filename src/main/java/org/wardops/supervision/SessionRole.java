package org.wardops.supervision;

import org.wardops.directory.GroupRole;

/** A participant's role at a session. */
public enum SessionRole {
    CHAIR,
    MEMBER,
    SECRETARY,
    UNIT_REPRESENTATIVE,
    GUEST;

    /** The role a working-group member has at the group's sessions: the leader chairs, the secretary keeps the minutes. */
    public static SessionRole of(GroupRole role) {
        return switch (role) {
            case LEADER -> CHAIR;
            case SECRETARY -> SECRETARY;
            case DEPUTY_LEADER, MEMBER -> MEMBER;
        };
    }
}
