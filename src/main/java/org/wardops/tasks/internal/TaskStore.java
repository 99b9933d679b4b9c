package org.wardops.tasks.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.shared.Ids;
import org.wardops.tasks.ProgressEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.wardops.tasks.internal.TaskColumns.COLUMNS;
import static org.wardops.tasks.internal.TaskColumns.params;
import static org.wardops.tasks.internal.TaskColumns.timestamp;

/** The task aggregate's persistence: the task row, its coordinating units and its progress history. */
@Repository
public class TaskStore {

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task with its coordinating units, read after the task's result set is closed. */
    public Optional<Task> find(UUID id) {
        Optional<Task> task = jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.id = :id").param("id", id)
                .query(TaskColumns::row).optional();
        task.ifPresent(found -> found.coordinatedBy(coordinatingUnits(id)));
        return task;
    }

    public List<Task> children(UUID parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.parent_id = :parentId ORDER BY t.due_date, t.id")
                .param("parentId", parentId).query(TaskColumns::row).list();
    }

    public List<UUID> childUnits(UUID parentId) {
        return jdbc.sql("SELECT unit_id FROM tasks_task WHERE parent_id = :parentId").param("parentId", parentId).query(UUID.class).list();
    }

    public void insert(Task task, Instant now) {
        jdbc.sql("INSERT INTO tasks_task (id, parent_id, kind, title, search_key, description, source_reference, source_link, issuing_unit_id, "
                        + "unit_id, owner_person_id, start_date, due_date, original_due_date, priority, affects_lives, target_value, "
                        + "target_measure, percent, achieved, stage, completion_pending, completed_at, completed_on, completed_by, accepted_at, "
                        + "accepted_by, returned_reason, cancelled_at, cancel_reason, requested_due_date, due_date_reason, created_by, "
                        + "created_at, updated_at, version) VALUES (:id, :parentId, :kind, :title, :searchKey, :description, :sourceReference, "
                        + ":sourceLink, :issuingUnitId, :unitId, :ownerPersonId, :startDate, :dueDate, :originalDueDate, :priority, "
                        + ":affectsLives, :targetValue, :targetMeasure, :percent, :achieved, :stage, :completionPending, :completedAt, :completedOn, "
                        + ":completedBy, :acceptedAt, :acceptedBy, :returnedReason, :cancelledAt, :cancelReason, :requestedDueDate, "
                        + ":dueDateReason, :createdBy, :now, :now, 0)")
                .params(params(task)).param("now", timestamp(now)).update();
    }

    /** Writes the task if nobody changed it since it was read; answers false when the version is stale. */
    public boolean update(Task task, Instant now) {
        return jdbc.sql("UPDATE tasks_task SET title = :title, search_key = :searchKey, description = :description, "
                        + "source_reference = :sourceReference, source_link = :sourceLink, owner_person_id = :ownerPersonId, "
                        + "start_date = :startDate, due_date = :dueDate, original_due_date = :originalDueDate, priority = :priority, "
                        + "affects_lives = :affectsLives, target_value = :targetValue, target_measure = :targetMeasure, percent = :percent, "
                        + "achieved = :achieved, stage = :stage, completion_pending = :completionPending, completed_at = :completedAt, "
                        + "completed_on = :completedOn, completed_by = :completedBy, accepted_at = :acceptedAt, accepted_by = :acceptedBy, "
                        + "returned_reason = :returnedReason, cancelled_at = :cancelledAt, cancel_reason = :cancelReason, "
                        + "requested_due_date = :requestedDueDate, due_date_reason = :dueDateReason, updated_at = :now, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .params(params(task)).param("version", task.version()).param("now", timestamp(now)).update() == 1;
    }

    public void addProgress(UUID taskId, String kind, @Nullable Integer percent, @Nullable BigDecimal achieved, String note,
                            @Nullable String evidence, UUID reportedBy, String reporter, Instant at) {
        jdbc.sql("INSERT INTO tasks_progress (id, task_id, kind, percent, achieved, note, evidence, reported_by, reporter, reported_at) "
                        + "VALUES (:id, :taskId, :kind, :percent, :achieved, :note, :evidence, :reportedBy, :reporter, :at)")
                .param("id", Ids.next()).param("taskId", taskId).param("kind", kind).param("percent", percent)
                .param("achieved", achieved).param("note", note).param("evidence", evidence).param("reportedBy", reportedBy)
                .param("reporter", reporter).param("at", timestamp(at)).update();
    }

    /** The units coordinating on a task, in the order they were named. */
    public List<UUID> coordinatingUnits(UUID taskId) {
        return jdbc.sql("SELECT unit_id FROM tasks_coordinating_unit WHERE task_id = :taskId ORDER BY position")
                .param("taskId", taskId)
                .query((rs, row) -> rs.getObject("unit_id", UUID.class))
                .list();
    }

    public void insertCoordinatingUnits(UUID taskId, List<UUID> unitIds) {
        for (int i = 0; i < unitIds.size(); i++) {
            jdbc.sql("INSERT INTO tasks_coordinating_unit (task_id, unit_id, position) VALUES (:taskId, :unitId, :position)")
                    .param("taskId", taskId).param("unitId", unitIds.get(i)).param("position", i)
                    .update();
        }
    }

    public List<ProgressEntry> progress(UUID taskId) {
        return jdbc.sql("SELECT id, kind, percent, achieved, note, evidence, reporter, reported_at FROM tasks_progress "
                        + "WHERE task_id = :taskId ORDER BY reported_at, id")
                .param("taskId", taskId)
                .query((rs, row) -> new ProgressEntry(rs.getObject("id", UUID.class), rs.getString("kind"),
                        (Integer) rs.getObject("percent"), rs.getBigDecimal("achieved"), rs.getString("note"), rs.getString("evidence"),
                        rs.getString("reporter"), rs.getObject("reported_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
