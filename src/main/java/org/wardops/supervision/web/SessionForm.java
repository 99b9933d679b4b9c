package org.wardops.supervision.web;

import org.jspecify.annotations.Nullable;
import org.wardops.directory.WorkingGroupView;
import org.wardops.supervision.HoldSession;
import org.wardops.supervision.SessionRole;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The session form as posted: agenda items and conclusions one per line; participants chosen among the group's
 * members (their session role follows their role in the group). Shown again as typed when refused.
 */
public record SessionForm(@Nullable UUID workingGroupId, @Nullable UUID programmeId, @Nullable String heldOn, @Nullable String place, @Nullable List<UUID> unitIds,
                          @Nullable List<UUID> participantIds, @Nullable String agenda, @Nullable String minutes,
                          @Nullable String conclusions) {

    static SessionForm empty(@Nullable UUID workingGroupId) {
        return new SessionForm(workingGroupId, null, "", "", List.of(), List.of(), "", "", "");
    }

    HoldSession command(WorkingGroupView group) {
        List<HoldSession.NewParticipant> participants = group.members().stream()
                .filter(member -> participantIds != null && participantIds.contains(member.person().id()))
                .map(member -> new HoldSession.NewParticipant(member.person().id(), SessionRole.of(member.role())))
                .toList();
        return new HoldSession(programmeId, group.group().id(), date(), place, unitIds == null ? List.of() : unitIds, participants,
                lines(agenda), List.of(), minutes, List.of(), lines(conclusions));
    }

    private @Nullable LocalDate date() {
        try {
            return heldOn == null || heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    public boolean unitChosen(UUID id) {
        return unitIds != null && unitIds.contains(id);
    }

    public boolean participantChosen(UUID id) {
        return participantIds != null && participantIds.contains(id);
    }
}
