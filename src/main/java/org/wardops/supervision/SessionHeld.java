package org.wardops.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A working group held a session with units and recorded its conclusions (each may become a task). */
public record SessionHeld(UUID sessionId, UUID workingGroupId, List<UUID> unitIds, LocalDate heldOn, List<UUID> conclusionIds) {
}
