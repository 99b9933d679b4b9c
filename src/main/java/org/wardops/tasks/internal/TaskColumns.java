package org.wardops.tasks.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.text.SearchText;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskStage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The columns of {@code tasks_task} and how a task maps to and from them; shared by the store and the queries. */
final class TaskColumns {

    static final String COLUMNS = "t.id, t.parent_id, t.kind, t.title, t.description, t.source_reference, t.source_link, "
            + "t.issuing_unit_id, t.unit_id, t.owner_person_id, t.start_date, t.due_date, t.original_due_date, t.priority, "
            + "t.affects_lives, t.target_value, t.target_measure, t.percent, t.achieved, t.stage, t.completed_at, "
            + "t.completed_by, t.accepted_at, t.accepted_by, t.returned_reason, t.cancelled_at, t.cancel_reason, "
            + "t.requested_due_date, t.due_date_reason, t.created_by, t.version, "
            + "(SELECT COUNT(*) FROM tasks_task c WHERE c.parent_id = t.id) AS child_count";
    static final String LEAF = "NOT EXISTS (SELECT 1 FROM tasks_task c WHERE c.parent_id = t.id)";
    /** Open means a stage of {@link TaskStage#ACTIVE}; bind {@link #activeStages()} as {@code :activeStages}. */
    static final String ACTIVE = "t.stage IN (:activeStages)";

    private TaskColumns() {
    }

    static List<String> activeStages() {
        return TaskStage.names(TaskStage.ACTIVE);
    }

    static Map<String, Object> params(Task task) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", task.id());
        params.put("parentId", task.parentId());
        params.put("kind", task.kind().name());
        params.put("title", task.title());
        String searchKey = SearchText.fold(task.title() + " " + task.description());
        params.put("searchKey", searchKey.length() > 1000 ? searchKey.substring(0, 1000) : searchKey);
        params.put("description", task.description());
        params.put("sourceReference", task.sourceReference());
        params.put("sourceLink", task.sourceLink());
        params.put("issuingUnitId", task.issuingUnitId());
        params.put("unitId", task.unitId());
        params.put("ownerPersonId", task.ownerPersonId());
        params.put("startDate", task.startDate());
        params.put("dueDate", task.dueDate());
        params.put("originalDueDate", task.originalDueDate());
        params.put("priority", task.priority().name());
        params.put("affectsLives", task.affectsLives());
        params.put("targetValue", task.targetValue());
        params.put("targetMeasure", task.targetMeasure());
        params.put("percent", task.percent());
        params.put("achieved", task.achieved());
        params.put("stage", task.stage().name());
        params.put("completionPending", task.completionPending());
        params.put("completedAt", timestamp(task.completedAt()));
        params.put("completedOn", task.completedOn());
        params.put("completedBy", task.completedBy());
        params.put("acceptedAt", timestamp(task.acceptedAt()));
        params.put("acceptedBy", task.acceptedBy());
        params.put("returnedReason", task.returnedReason());
        params.put("cancelledAt", timestamp(task.cancelledAt()));
        params.put("cancelReason", task.cancelReason());
        params.put("requestedDueDate", task.requestedDueDate());
        params.put("dueDateReason", task.dueDateReason());
        params.put("createdBy", task.createdBy());
        return params;
    }

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** One task from its row; its coordinating units are read afterwards, never from inside this mapper. */
    static Task row(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class), TaskKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"), rs.getString("source_reference"), rs.getString("source_link"),
                rs.getObject("issuing_unit_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getObject("owner_person_id", UUID.class),
                date(rs, "start_date"), date(rs, "due_date"), date(rs, "original_due_date"), TaskPriority.valueOf(rs.getString("priority")),
                rs.getBoolean("affects_lives"), rs.getBigDecimal("target_value"), rs.getString("target_measure"), rs.getInt("percent"),
                rs.getBigDecimal("achieved"), TaskStage.valueOf(rs.getString("stage")), instant(rs, "completed_at"),
                rs.getObject("completed_by", UUID.class), instant(rs, "accepted_at"), rs.getObject("accepted_by", UUID.class),
                rs.getString("returned_reason"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"),
                date(rs, "requested_due_date"), rs.getString("due_date_reason"), rs.getObject("created_by", UUID.class),
                rs.getInt("child_count"), rs.getLong("version"), List.of());
    }
}
