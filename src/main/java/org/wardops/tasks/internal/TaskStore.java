package org.wardops.tasks.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Scope;
import org.wardops.shared.text.SearchText;
import org.wardops.tasks.MilestoneView;
import org.wardops.tasks.ProgressEntry;
import org.wardops.tasks.QuantityView;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskSearch;
import org.wardops.tasks.TaskState;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks and their progress. States are not stored, so filters by state are conditions on dates against "today" in
 * Asia/Ho_Chi_Minh, passed in by the facade.
 */
@Repository
public class TaskStore {

    private static final String COLUMNS = "t.id, t.parent_id, t.kind, t.title, t.description, t.source_reference, t.source_link, "
            + "t.issuing_unit_id, t.unit_id, t.owner_person_id, t.start_date, t.due_date, t.original_due_date, t.priority, "
            + "t.affects_lives, t.target_value, t.target_measure, t.percent, t.achieved, t.completion_pending, t.completed_at, "
            + "t.completed_by, t.accepted_at, t.accepted_by, t.returned_reason, t.cancelled_at, t.cancel_reason, "
            + "t.requested_due_date, t.due_date_reason, t.created_by, t.version, "
            + "(SELECT COUNT(*) FROM tasks_task c WHERE c.parent_id = t.id) AS child_count";
    private static final String OPEN = "t.cancelled_at IS NULL AND t.accepted_at IS NULL";
    private static final String LEAF = "NOT EXISTS (SELECT 1 FROM tasks_task c WHERE c.parent_id = t.id)";

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TaskRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.id = :id").param("id", id).query(TaskStore::row).optional();
    }

    public List<TaskRow> children(UUID parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.parent_id = :parentId ORDER BY t.due_date, t.id")
                .param("parentId", parentId).query(TaskStore::row).list();
    }

    public PageResult<TaskRow> search(TaskSearch search, Scope scope, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.cityWide()) {
            where.append(" AND (t.unit_id IN (:scope) OR t.issuing_unit_id IN (:scope))");
            params.put("scope", scope.unitIds().isEmpty() ? List.of(new UUID(0, 0)) : scope.unitIds());
        }
        if (search.unitId() != null) {
            where.append(" AND t.unit_id = :unitId");
            params.put("unitId", search.unitId());
        }
        if (search.parentId() != null) {
            where.append(" AND t.parent_id = :parentId");
            params.put("parentId", search.parentId());
        }
        if (search.dueBefore() != null) {
            where.append(" AND t.due_date < :dueBefore");
            params.put("dueBefore", search.dueBefore());
        }
        if (search.affectsLives() != null) {
            where.append(" AND t.affects_lives = :affectsLives");
            params.put("affectsLives", search.affectsLives());
        }
        if (search.state() != null) {
            where.append(" AND ").append(stateCondition(search.state()));
            params.put("today", today);
        }
        if (search.q() != null && !search.q().isBlank()) {
            String[] words = SearchText.fold(search.q()).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].isEmpty()) {
                    where.append(" AND t.search_key LIKE :word").append(i);
                    params.put("word" + i, "%" + words[i] + "%");
                }
            }
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM tasks_task t" + where).params(params).query(Long.class).single();
        List<TaskRow> items = jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t" + where
                        + " ORDER BY t.due_date, t.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(TaskStore::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static String stateCondition(TaskState state) {
        return switch (state) {
            case CANCELLED -> "t.cancelled_at IS NOT NULL";
            case COMPLETED_ON_TIME -> "t.cancelled_at IS NULL AND t.accepted_at IS NOT NULL AND t.completed_on <= t.due_date";
            case COMPLETED_LATE -> "t.cancelled_at IS NULL AND t.accepted_at IS NOT NULL AND t.completed_on > t.due_date";
            case IN_PROGRESS_OVERDUE -> OPEN + " AND t.due_date < :today";
            case IN_PROGRESS_ON_TIME -> OPEN + " AND t.due_date >= :today";
        };
    }

    /** Open tasks without children due by {@code dueBy}, of the units (all when null): overdue, lives, due date. */
    public List<TaskRow> openDueBy(@Nullable Collection<UUID> unitIds, LocalDate dueBy, LocalDate today) {
        String units = unitIds == null ? "" : " AND t.unit_id IN (:units)";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE " + OPEN + " AND " + LEAF
                        + " AND t.due_date <= :dueBy" + units
                        + " ORDER BY CASE WHEN t.due_date < :today THEN 0 ELSE 1 END, CASE WHEN t.affects_lives THEN 0 ELSE 1 END, t.due_date, t.id")
                .param("dueBy", dueBy).param("today", today);
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return List.of();
            }
            statement = statement.param("units", unitIds);
        }
        return statement.query(TaskStore::row).list();
    }

    /** Open tasks due on one of the days, for reminders. */
    public List<TaskRow> openDueOn(Collection<LocalDate> days) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE " + OPEN + " AND " + LEAF + " AND t.due_date IN (:days) ORDER BY t.id")
                .param("days", days).query(TaskStore::row).list();
    }

    /** Every task without children, for statistics (the facade aggregates; a pre-aggregated table is issue material). */
    public List<TaskRow> leaves(@Nullable Collection<UUID> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE " + LEAF + (unitIds == null ? "" : " AND t.unit_id IN (:units)"))
                .params(unitIds == null ? Map.of() : Map.of("units", unitIds))
                .query(TaskStore::row).list();
    }

    public List<UUID> childUnits(UUID parentId) {
        return jdbc.sql("SELECT unit_id FROM tasks_task WHERE parent_id = :parentId").param("parentId", parentId).query(UUID.class).list();
    }

    public void insert(TaskRow task, Instant now) {
        jdbc.sql("INSERT INTO tasks_task (id, parent_id, kind, title, search_key, description, source_reference, source_link, issuing_unit_id, "
                        + "unit_id, owner_person_id, start_date, due_date, original_due_date, priority, affects_lives, target_value, "
                        + "target_measure, percent, achieved, completion_pending, completed_at, completed_on, completed_by, accepted_at, "
                        + "accepted_by, returned_reason, cancelled_at, cancel_reason, requested_due_date, due_date_reason, created_by, "
                        + "created_at, updated_at, version) VALUES (:id, :parentId, :kind, :title, :searchKey, :description, :sourceReference, "
                        + ":sourceLink, :issuingUnitId, :unitId, :ownerPersonId, :startDate, :dueDate, :originalDueDate, :priority, "
                        + ":affectsLives, :targetValue, :targetMeasure, :percent, :achieved, :completionPending, :completedAt, :completedOn, "
                        + ":completedBy, :acceptedAt, :acceptedBy, :returnedReason, :cancelledAt, :cancelReason, :requestedDueDate, "
                        + ":dueDateReason, :createdBy, :now, :now, 0)")
                .params(params(task)).param("now", timestamp(now)).update();
    }

    /** Writes the task if nobody changed it since it was read; answers false when the version is stale. */
    public boolean update(TaskRow task, Instant now) {
        return jdbc.sql("UPDATE tasks_task SET title = :title, search_key = :searchKey, description = :description, "
                        + "source_reference = :sourceReference, source_link = :sourceLink, owner_person_id = :ownerPersonId, "
                        + "start_date = :startDate, due_date = :dueDate, original_due_date = :originalDueDate, priority = :priority, "
                        + "affects_lives = :affectsLives, target_value = :targetValue, target_measure = :targetMeasure, percent = :percent, "
                        + "achieved = :achieved, completion_pending = :completionPending, completed_at = :completedAt, "
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
                .param("id", org.wardops.shared.Ids.next()).param("taskId", taskId).param("kind", kind).param("percent", percent)
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

    public List<MilestoneView> milestones(UUID taskId) {
        return jdbc.sql("SELECT id, name, planned_date, actual_date FROM tasks_milestone WHERE task_id = :taskId ORDER BY planned_date, id")
                .param("taskId", taskId)
                .query((rs, row) -> new MilestoneView(rs.getObject("id", UUID.class), rs.getString("name"), date(rs, "planned_date"),
                        date(rs, "actual_date")))
                .list();
    }

    /** The difficulties blocking a project, in the order they were added. */
    public List<UUID> blockers(UUID taskId) {
        return jdbc.sql("SELECT difficulty_id FROM tasks_blocker WHERE task_id = :taskId ORDER BY added_at, difficulty_id")
                .param("taskId", taskId)
                .query((rs, row) -> rs.getObject("difficulty_id", UUID.class))
                .list();
    }

    public void addBlocker(UUID taskId, UUID difficultyId, Instant now) {
        jdbc.sql("INSERT INTO tasks_blocker (task_id, difficulty_id, added_at) VALUES (:taskId, :difficultyId, :now)")
                .param("taskId", taskId).param("difficultyId", difficultyId).param("now", timestamp(now)).update();
    }

    public boolean removeBlocker(UUID taskId, UUID difficultyId) {
        return jdbc.sql("DELETE FROM tasks_blocker WHERE task_id = :taskId AND difficulty_id = :difficultyId")
                .param("taskId", taskId).param("difficultyId", difficultyId).update() == 1;
    }

    public void addMilestone(UUID taskId, MilestoneView milestone, Instant now) {
        jdbc.sql("INSERT INTO tasks_milestone (id, task_id, name, planned_date, actual_date, created_at) "
                        + "VALUES (:id, :taskId, :name, :planned, :actual, :now)")
                .param("id", milestone.id()).param("taskId", taskId).param("name", milestone.name()).param("planned", milestone.plannedDate())
                .param("actual", milestone.actualDate()).param("now", timestamp(now)).update();
    }

    public boolean reachMilestone(UUID taskId, UUID milestoneId, LocalDate actualDate) {
        return jdbc.sql("UPDATE tasks_milestone SET actual_date = :actual WHERE id = :id AND task_id = :taskId")
                .param("actual", actualDate).param("id", milestoneId).param("taskId", taskId).update() == 1;
    }

    public List<QuantityView> quantities(UUID taskId) {
        return jdbc.sql("SELECT id, name, measure, total, achieved FROM tasks_quantity WHERE task_id = :taskId ORDER BY position, id")
                .param("taskId", taskId)
                .query((rs, row) -> new QuantityView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("measure"),
                        rs.getBigDecimal("total"), rs.getBigDecimal("achieved")))
                .list();
    }

    /** Records a quantity, adding it after the others the first time its name is used. */
    public void recordQuantity(UUID taskId, String name, String measure, BigDecimal total, BigDecimal achieved, Instant now) {
        int changed = jdbc.sql("UPDATE tasks_quantity SET measure = :measure, total = :total, achieved = :achieved, updated_at = :now "
                        + "WHERE task_id = :taskId AND name = :name")
                .param("measure", measure).param("total", total).param("achieved", achieved).param("now", timestamp(now))
                .param("taskId", taskId).param("name", name).update();
        if (changed == 0) {
            int position = jdbc.sql("SELECT COUNT(*) FROM tasks_quantity WHERE task_id = :taskId").param("taskId", taskId).query(Integer.class).single();
            jdbc.sql("INSERT INTO tasks_quantity (id, task_id, name, measure, total, achieved, position, updated_at) "
                            + "VALUES (:id, :taskId, :name, :measure, :total, :achieved, :position, :now)")
                    .param("id", org.wardops.shared.Ids.next()).param("taskId", taskId).param("name", name).param("measure", measure)
                    .param("total", total).param("achieved", achieved).param("position", position).param("now", timestamp(now)).update();
        }
    }

    private static Map<String, Object> params(TaskRow task) {
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

    private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static TaskRow row(ResultSet rs, int row) throws SQLException {
        return new TaskRow(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class), TaskKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"), rs.getString("source_reference"), rs.getString("source_link"),
                rs.getObject("issuing_unit_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getObject("owner_person_id", UUID.class),
                date(rs, "start_date"), date(rs, "due_date"), date(rs, "original_due_date"), TaskPriority.valueOf(rs.getString("priority")),
                rs.getBoolean("affects_lives"), rs.getBigDecimal("target_value"), rs.getString("target_measure"), rs.getInt("percent"),
                rs.getBigDecimal("achieved"), rs.getBoolean("completion_pending"), instant(rs, "completed_at"),
                rs.getObject("completed_by", UUID.class), instant(rs, "accepted_at"), rs.getObject("accepted_by", UUID.class),
                rs.getString("returned_reason"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"),
                date(rs, "requested_due_date"), rs.getString("due_date_reason"), rs.getObject("created_by", UUID.class),
                rs.getInt("child_count"), rs.getLong("version"));
    }
}
