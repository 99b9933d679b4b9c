package org.wardops.supervision;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A session as lists show it: no minutes, agenda or feedback texts, so that a page of sessions stays small. */
public record SessionSummary(UUID id, UUID programmeId, UUID workingGroupId, String workingGroupName, LocalDate heldOn, String place,
                             List<UUID> unitIds, int conclusionCount, @Nullable Integer noticeNumber) {

    public SessionSummary {
        unitIds = List.copyOf(unitIds);
    }
}
