package org.wardops.shared.security;

/** The roles of PRODUCT.md §3; what each may do is decided in the facades, against the actor's scope. */
public enum Role {
    SYSTEM_ADMIN,
    CITY_LEADER,
    WORKING_GROUP_LEADER,
    WORKING_GROUP_MEMBER,
    DEPARTMENT_OFFICER,
    UNIT_LEADER,
    UNIT_OFFICER,
    VOLUNTEER,
    AUDITOR;

    public boolean isWorkingGroupRole() {
        return this == WORKING_GROUP_LEADER || this == WORKING_GROUP_MEMBER;
    }

    /** Roles whose scope is the whole city or province the deployment operates. */
    public boolean isCityWide() {
        return this == SYSTEM_ADMIN || this == CITY_LEADER || this == AUDITOR;
    }
}
