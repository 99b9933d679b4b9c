package org.wardops.training;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A session's attendance sheet: the course, the session, the visible enrolments, and who was present. */
public record SessionSheet(CourseView course, SessionView session, List<EnrolmentView> enrolments, Set<UUID> present, boolean held) {

    public SessionSheet {
        enrolments = List.copyOf(enrolments);
        present = Set.copyOf(present);
    }

    public boolean isPresent(UUID enrolmentId) {
        return present.contains(enrolmentId);
    }
}
