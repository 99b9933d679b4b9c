package org.wardops.practices.internal;

import org.springframework.stereotype.Component;
import org.wardops.practices.PracticeAction;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.UUID;

/**
 * Who may do what with good practices. Everyone logged in reads them (they are meant to spread). A unit's officers and
 * leader publish for their OWN unit, attach files to its practices, adopt for it and report its results; the working group supervising the
 * practice's unit (leader, members), the city leader and administrators endorse or return it. The system account
 * (demo data) may do everything.
 */
@Component
public class PracticesPolicy {

    public boolean allowed(Actor actor, PracticeAction action, UUID unitId) {
        if (actor.isSystem()) {
            return true;
        }
        boolean unitStaff = unitId.equals(actor.unitId()) && actor.hasAnyRole(Role.UNIT_LEADER, Role.UNIT_OFFICER);
        return switch (action) {
            case READ -> true;
            case PUBLISH, ADOPT, REPORT_RESULT, ATTACH -> unitStaff;
            case DECIDE -> actor.hasAnyRole(Role.CITY_LEADER, Role.SYSTEM_ADMIN)
                    || (actor.hasAnyRole(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER) && actor.covers(unitId));
        };
    }

    public void require(Actor actor, PracticeAction action, UUID unitId) {
        if (!allowed(actor, action, unitId)) {
            throw AccessRefusedException.outsideScope();
        }
    }

    /** The SQL predicate of the practices list: every practice is visible to everyone logged in. */
    public String visible(Actor actor) {
        return "1 = 1";
    }
}
