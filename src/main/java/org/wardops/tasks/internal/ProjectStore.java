package org.wardops.tasks.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.shared.Ids;
import org.wardops.tasks.MilestoneView;
import org.wardops.tasks.QuantityView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.wardops.tasks.internal.TaskColumns.date;
import static org.wardops.tasks.internal.TaskColumns.timestamp;

/** A project's milestones, quantities and the difficulties blocking it. */
@Repository
public class ProjectStore {

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                    .param("id", Ids.next()).param("taskId", taskId).param("name", name).param("measure", measure)
                    .param("total", total).param("achieved", achieved).param("position", position).param("now", timestamp(now)).update();
        }
    }
}
