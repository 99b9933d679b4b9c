package org.wardops.tasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.shared.Ids;
import org.wardops.shared.security.CurrentActor;
import org.wardops.tasks.internal.TaskFigures;
import org.wardops.tasks.internal.TaskPolicy;

import java.time.LocalDate;
import java.util.Map;

/**
 * The tasks' figures published to {@code indicators} ({@code tasks.open}, {@code tasks.overdue}, {@code tasks.done},
 * {@code tasks.doneOnTime} per lead unit and month of the due date): the rebuild that publishes every unit-month again
 * (administrators, the demo) and the daily refresh of the day whose open tasks turned overdue (the scheduled job).
 */
@Service
public class TaskFiguresManagement {

    private final TaskFigures figures;
    private final TaskPolicy policy;
    private final AuditTrail audit;

    TaskFiguresManagement(TaskFigures figures, TaskPolicy policy, AuditTrail audit) {
        this.figures = figures;
        this.policy = policy;
        this.audit = audit;
    }

    /** Publishes every unit-month that has tasks again; answers the number of unit-months. */
    @Transactional
    public int republishAll() {
        policy.requireFiguresRebuild(CurrentActor.get());
        int published = figures.republishAll();
        audit.record("tasks.figures.republished", "TaskFigures", Ids.next(), null, null, Map.of("unitMonths", published));
        return published;
    }

    /** Recomputes the unit-months of yesterday's due date, whose open tasks are overdue from today on. */
    @Transactional
    public int refreshOverdue() {
        policy.requireFiguresRebuild(CurrentActor.get());
        LocalDate yesterday = figures.today().minusDays(1);
        return figures.refreshDueOn(yesterday);
    }
}
