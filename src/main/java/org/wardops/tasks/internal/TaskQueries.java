package org.wardops.tasks.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.text.SearchText;
import org.wardops.tasks.TaskSearch;
import org.wardops.tasks.TaskStage;
import org.wardops.tasks.TaskState;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.wardops.tasks.internal.TaskColumns.ACTIVE;
import static org.wardops.tasks.internal.TaskColumns.COLUMNS;
import static org.wardops.tasks.internal.TaskColumns.LEAF;
import static org.wardops.tasks.internal.TaskColumns.activeStages;

/**
 * Lists of tasks, always limited by the policy's visibility condition in SQL and paged with a total. States are not
 * stored: a filter by state is its {@link TaskState} definition (stages and the day compared with the due date)
 * turned into SQL, with "today" in Asia/Ho_Chi_Minh passed in by the facade.
 */
@Repository
public class TaskQueries {

    private static final String BOARD_ORDER = " ORDER BY CASE WHEN t.due_date < :today THEN 0 ELSE 1 END, "
            + "CASE WHEN t.affects_lives THEN 0 ELSE 1 END, t.due_date, t.id";

    private final JdbcClient jdbc;

    TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Task> search(TaskSearch search, TaskPolicy.Visibility visible, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
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
        if (search.dueMonth() != null) {
            where.append(" AND t.due_date >= :dueFrom AND t.due_date <= :dueTo AND ").append(TaskColumns.LEAF);
            params.put("dueFrom", search.dueMonth().atDay(1));
            params.put("dueTo", search.dueMonth().atEndOfMonth());
        }
        if (search.affectsLives() != null) {
            where.append(" AND t.affects_lives = :affectsLives");
            params.put("affectsLives", search.affectsLives());
        }
        if (search.state() != null) {
            where.append(" AND ").append(condition(search.state(), params, today));
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
        return page(where.toString(), " ORDER BY t.due_date, t.id", params, page);
    }

    /** The SQL of a state's definition; binds the stage names and, where the state compares with today, today. */
    static String condition(TaskState state, Map<String, Object> params, LocalDate today) {
        String stages = "stages" + state.ordinal();
        params.put(stages, TaskStage.names(state.stages()));
        String sql = "t.stage IN (:" + stages + ")";
        String relation = state.afterDueDate() ? " > " : " <= ";
        return switch (state.day()) {
            case NONE -> sql;
            case TODAY -> {
                params.put("today", today);
                yield sql + " AND :today" + relation + "t.due_date";
            }
            case COMPLETED -> sql + " AND t.completed_on" + relation + "t.due_date";
        };
    }

    /**
     * Open tasks without children due by {@code dueBy} of the units (all visible ones when null), one page: overdue
     * first, then those affecting lives, then by due date.
     */
    public PageResult<Task> openDueBy(@Nullable Collection<UUID> unitIds, TaskPolicy.Visibility visible, LocalDate dueBy, LocalDate today,
                                      PageRequest page) {
        if (unitIds != null && unitIds.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("activeStages", activeStages());
        params.put("dueBy", dueBy);
        params.put("today", today);
        String where = " WHERE " + ACTIVE + " AND " + LEAF + " AND t.due_date <= :dueBy AND " + visible.sql();
        if (unitIds != null) {
            where += " AND t.unit_id IN (:units)";
            params.put("units", unitIds);
        }
        return page(where, BOARD_ORDER, params, page);
    }

    /** Open tasks due on one of the days, for reminders. */
    public List<Task> openDueOn(Collection<LocalDate> days) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE " + ACTIVE + " AND " + LEAF + " AND t.due_date IN (:days) ORDER BY t.id")
                .param("activeStages", activeStages()).param("days", days).query(TaskColumns::row).list();
    }

    /** Every task without children led by one of the units (all when null), for statistics (the facade aggregates). */
    public List<Task> leaves(@Nullable Collection<UUID> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t WHERE " + LEAF + (unitIds == null ? "" : " AND t.unit_id IN (:units)"))
                .params(unitIds == null ? Map.of() : Map.of("units", unitIds))
                .query(TaskColumns::row).list();
    }

    private PageResult<Task> page(String where, String order, Map<String, Object> params, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM tasks_task t" + where).params(params).query(Long.class).single();
        List<Task> items = jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task t" + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(TaskColumns::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
