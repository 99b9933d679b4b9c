package org.wardops.directory;

import java.util.List;

/** A working group with the units it supervises and its members. */
public record WorkingGroupView(UnitView group, List<UnitView> supervisedUnits, List<GroupMember> members) {

    /** A member of the group with their role in it and their own unit. */
    public record GroupMember(PersonView person, GroupRole role, String homeUnitName) {
    }
}
