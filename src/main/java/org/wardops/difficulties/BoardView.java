package org.wardops.difficulties;

import java.util.List;
import java.util.UUID;

/** A working group's board: its units by category, and what is overdue. */
public record BoardView(UUID workingGroupId, String workingGroupName, HeatTable heat, List<DifficultyView> overdue) {
}
