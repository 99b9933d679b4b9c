package org.wardops.dashboard.internal;

import org.springframework.stereotype.Component;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which to-do lists a person gets, by the body they act for (issue 11, section 1). The lists only compose what the
 * owning modules let the person read and do: every item comes from that module's facade, under its own policy, so a
 * list never shows a record its page would refuse.
 */
@Component
public class TodoPolicy {

    /** The parts a home page is made of; a person with several roles gets each of theirs. */
    public enum Section { UNIT_OFFICER, UNIT_LEADER, WORKING_GROUP, DEPARTMENT, CITY_LEADERSHIP, VOLUNTEER, AUDIT, ADMINISTRATION }

    public Set<Section> sections(Actor actor) {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        if (actor.unitId() != null && actor.hasRole(Role.UNIT_OFFICER)) {
            sections.add(Section.UNIT_OFFICER);
        }
        if (actor.unitId() != null && actor.hasRole(Role.UNIT_LEADER)) {
            sections.add(Section.UNIT_LEADER);
        }
        if (actor.workingGroupId() != null && actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER)) {
            sections.add(Section.WORKING_GROUP);
        }
        if (actor.unitId() != null && actor.hasRole(Role.DEPARTMENT_OFFICER)) {
            sections.add(Section.DEPARTMENT);
        }
        if (actor.hasRole(Role.CITY_LEADER)) {
            sections.add(Section.CITY_LEADERSHIP);
        }
        if (actor.hasRole(Role.VOLUNTEER)) {
            sections.add(Section.VOLUNTEER);
        }
        if (actor.hasRole(Role.AUDITOR)) {
            sections.add(Section.AUDIT);
        }
        if (actor.hasRole(Role.SYSTEM_ADMIN)) {
            sections.add(Section.ADMINISTRATION);
        }
        return sections;
    }
}
