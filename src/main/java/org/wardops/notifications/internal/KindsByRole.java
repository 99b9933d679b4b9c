package org.wardops.notifications.internal;

import org.wardops.notifications.NotificationKind;
import org.wardops.shared.security.Role;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.wardops.notifications.NotificationKind.*;

/**
 * Which kinds of notification each role's people receive, from whom the listeners notify: a unit hears about its
 * tasks, reports, difficulties, training requests and adopted practices; a working group, department or the city
 * leadership about what it must answer or review and about the tasks it issued or holds.
 */
public final class KindsByRole {

    private static final Set<NotificationKind> UNIT = EnumSet.of(TASK_ASSIGNED, TASK_COMPLETED, TASK_RETURNED, TASK_DUE_DATE_DECIDED,
            TASK_DUE_SOON, TASK_OVERDUE, DIFFICULTY_ANSWERED, DIFFICULTY_DECLINED, DIFFICULTY_COSIGNED, REPORT_REQUESTED, REPORT_RETURNED,
            REPORT_ACCEPTED, REPORT_READY_FOR_SIGNATURE, TRAINING_REQUEST_ACCEPTED, TRAINING_REQUEST_DECLINED, PRACTICE_RESULT_DUE);
    private static final Set<NotificationKind> ANSWERING = EnumSet.of(DIFFICULTY_TO_ANSWER, DIFFICULTY_OVERDUE, TASK_ASSIGNED,
            TASK_COMPLETION_REPORTED, TASK_DUE_DATE_REQUESTED, TASK_DUE_SOON, TASK_OVERDUE);
    private static final Map<Role, Set<NotificationKind>> KINDS = new EnumMap<>(Role.class);

    static {
        KINDS.put(Role.SYSTEM_ADMIN, EnumSet.allOf(NotificationKind.class));
        KINDS.put(Role.UNIT_LEADER, UNIT);
        KINDS.put(Role.UNIT_OFFICER, UNIT);
        KINDS.put(Role.VOLUNTEER, EnumSet.of(TASK_ASSIGNED, TASK_DUE_SOON, TASK_OVERDUE));
        Set<NotificationKind> group = EnumSet.copyOf(ANSWERING);
        group.addAll(EnumSet.of(REPORT_SUBMITTED, DIFFICULTY_ANSWERED, DIFFICULTY_DECLINED));
        KINDS.put(Role.WORKING_GROUP_LEADER, group);
        KINDS.put(Role.WORKING_GROUP_MEMBER, group);
        KINDS.put(Role.DEPARTMENT_OFFICER, ANSWERING);
        Set<NotificationKind> city = EnumSet.copyOf(ANSWERING);
        city.add(REPORT_SUBMITTED);
        KINDS.put(Role.CITY_LEADER, city);
        KINDS.put(Role.AUDITOR, EnumSet.noneOf(NotificationKind.class));
    }

    private KindsByRole() {
    }

    /** The kinds any of the roles receives. */
    public static Set<NotificationKind> of(Set<Role> roles) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        roles.forEach(role -> kinds.addAll(KINDS.getOrDefault(role, Set.of())));
        return kinds;
    }
}
