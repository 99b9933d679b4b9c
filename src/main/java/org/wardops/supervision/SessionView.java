package org.wardops.supervision;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervision session as pages and the API show it.
 *
 * @param minutes the minutes as sanitised HTML (no scripts, no styles, no event handlers)
 * @param noticeNumber the number of the conclusion notice in the working group's register
 */
public record SessionView(UUID id, UUID programmeId, UUID workingGroupId, String workingGroupName, LocalDate heldOn, String place,
                          List<UUID> unitIds, List<Participant> participants, List<String> agenda, List<UUID> reportIds,
                          String minutes, List<Feedback> feedback, List<Conclusion> conclusions, @Nullable Integer noticeNumber,
                          long version) {

    public SessionView {
        unitIds = List.copyOf(unitIds);
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
        reportIds = List.copyOf(reportIds);
        feedback = List.copyOf(feedback);
        conclusions = List.copyOf(conclusions);
    }

    public record Participant(UUID personId, String fullName, String title, SessionRole role) {
    }

    /** A recommendation a unit raised and the feedback it received at the session. */
    public record Feedback(UUID id, UUID unitId, String recommendation, String response) {
    }

    /** One of the leader's numbered conclusions. */
    public record Conclusion(UUID id, int number, String text) {
    }
}
