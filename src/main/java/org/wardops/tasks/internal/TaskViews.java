package org.wardops.tasks.internal;

import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryManagement;
import org.wardops.shared.time.LocalTime;
import org.wardops.tasks.TaskView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Turns stored tasks into views: unit names from the directory, the state computed for today in Vietnam. */
@Component
public class TaskViews {

    private final DirectoryManagement directory;
    private final Clock clock;

    TaskViews(DirectoryManagement directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LocalTime.VIETNAM));
    }

    public List<TaskView> of(List<Task> rows) {
        Set<UUID> unitIds = new HashSet<>();
        rows.forEach(row -> {
            unitIds.add(row.unitId());
            unitIds.add(row.issuingUnitId());
        });
        Map<UUID, String> names = new HashMap<>();
        directory.units(unitIds).forEach(unit -> names.put(unit.id(), unit.name()));
        LocalDate today = today();
        return rows.stream().map(row -> new TaskView(row.id(), row.parentId(), row.kind(), row.unitId(), names.getOrDefault(row.unitId(), ""),
                row.issuingUnitId(), names.getOrDefault(row.issuingUnitId(), ""), row.title(), row.description(), row.sourceReference(),
                row.sourceLink(), row.ownerPersonId(), row.startDate(), row.dueDate(), row.originalDueDate(), row.priority(),
                row.affectsLives(), row.targetValue(), row.targetMeasure(), row.percent(), row.achieved(), row.state(today),
                row.completionPending(), row.completedOn(), row.requestedDueDate(), row.dueDateReason(), row.returnedReason(),
                row.cancelReason(), row.childCount(), row.version())).toList();
    }

}
