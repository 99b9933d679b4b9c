package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.capacity.BackupFrequency;
import org.wardops.capacity.ControlStatus;
import org.wardops.capacity.InfrastructureView.Backup;
import org.wardops.capacity.InfrastructureView.InformationSystem;
import org.wardops.capacity.InfrastructureView.Link;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A unit's connectivity, storage, backups, information systems and control answers; writes replace them whole. */
@Repository
public class InfrastructureStore {

    /** A control of the catalogue with its labels. */
    public record ControlRow(String code, String labelVi, String labelEn, String labelDe) {
    }

    /** A unit's answer for a control. */
    public record Answer(String code, ControlStatus status, @Nullable String reason) {
    }

    /** The head row: storage and the version that guards concurrent edits. */
    public record Head(@Nullable Integer capacityGb, @Nullable Integer usedGb, long version) {
    }

    private final JdbcClient jdbc;

    InfrastructureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ControlRow> controls() {
        return jdbc.sql("SELECT code, label_vi, label_en, label_de FROM capacity_control ORDER BY position")
                .query((rs, n) -> new ControlRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public Optional<Head> head(UUID unitId) {
        return jdbc.sql("SELECT storage_capacity_gb, storage_used_gb, version FROM capacity_infrastructure WHERE unit_id = :unitId")
                .param("unitId", unitId).query((rs, n) -> new Head((Integer) rs.getObject(1), (Integer) rs.getObject(2), rs.getLong(3))).optional();
    }

    public List<Link> links(UUID unitId) {
        return jdbc.sql("SELECT provider, down_mbps, up_mbps, redundant, outages FROM capacity_link WHERE unit_id = :unitId ORDER BY ordinal")
                .param("unitId", unitId).query((rs, n) -> new Link(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getInt(5))).list();
    }

    public List<Backup> backups(UUID unitId) {
        return jdbc.sql("SELECT what, frequency, location, last_restore_test FROM capacity_backup WHERE unit_id = :unitId ORDER BY ordinal")
                .param("unitId", unitId).query((rs, n) -> new Backup(rs.getString(1), BackupFrequency.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    public List<InformationSystem> systems(UUID unitId) {
        return jdbc.sql("SELECT name, security_level, decision_number, decision_date FROM capacity_system WHERE unit_id = :unitId ORDER BY ordinal")
                .param("unitId", unitId).query((rs, n) -> new InformationSystem(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    public List<Answer> answers(UUID unitId) {
        return jdbc.sql("SELECT control_code, status, reason FROM capacity_unit_control WHERE unit_id = :unitId")
                .param("unitId", unitId).query((rs, n) -> new Answer(rs.getString(1), ControlStatus.valueOf(rs.getString(2)), rs.getString(3))).list();
    }

    /** Writes the head row if its version is still {@code version} (-1: the unit has none yet); false on a stale version. */
    public boolean writeHead(UUID unitId, @Nullable Integer capacityGb, @Nullable Integer usedGb, long version, Instant now) {
        if (version < 0 || head(unitId).isEmpty()) {
            if (head(unitId).isPresent()) {
                return false;
            }
            jdbc.sql("INSERT INTO capacity_infrastructure (unit_id, storage_capacity_gb, storage_used_gb, version, updated_at) VALUES (:unitId, :capacity, :used, 0, :now)")
                    .param("unitId", unitId).param("capacity", capacityGb, java.sql.Types.INTEGER).param("used", usedGb, java.sql.Types.INTEGER)
                    .param("now", StaffStore.utc(now)).update();
            return true;
        }
        return jdbc.sql("UPDATE capacity_infrastructure SET storage_capacity_gb = :capacity, storage_used_gb = :used, version = version + 1, updated_at = :now "
                        + "WHERE unit_id = :unitId AND version = :version")
                .param("unitId", unitId).param("capacity", capacityGb, java.sql.Types.INTEGER).param("used", usedGb, java.sql.Types.INTEGER)
                .param("now", StaffStore.utc(now)).param("version", version).update() == 1;
    }

    public void replace(UUID unitId, List<Link> links, List<Backup> backups, List<InformationSystem> systems, List<Answer> answers) {
        for (String table : List.of("capacity_link", "capacity_backup", "capacity_system", "capacity_unit_control")) {
            jdbc.sql("DELETE FROM " + table + " WHERE unit_id = :unitId").param("unitId", unitId).update();
        }
        int i = 0;
        for (Link link : links) {
            jdbc.sql("INSERT INTO capacity_link (unit_id, ordinal, provider, down_mbps, up_mbps, redundant, outages) VALUES (:u, :o, :p, :d, :up, :r, :out)")
                    .param("u", unitId).param("o", i++).param("p", link.provider()).param("d", link.downMbps()).param("up", link.upMbps())
                    .param("r", link.redundant()).param("out", link.outages() == null ? 0 : link.outages()).update();
        }
        i = 0;
        for (Backup backup : backups) {
            jdbc.sql("INSERT INTO capacity_backup (unit_id, ordinal, what, frequency, location, last_restore_test) VALUES (:u, :o, :w, :f, :l, :t)")
                    .param("u", unitId).param("o", i++).param("w", backup.what()).param("f", java.util.Objects.requireNonNull(backup.frequency()).name())
                    .param("l", backup.location()).param("t", date(backup.lastRestoreTest()), java.sql.Types.DATE).update();
        }
        i = 0;
        for (InformationSystem system : systems) {
            jdbc.sql("INSERT INTO capacity_system (unit_id, ordinal, name, security_level, decision_number, decision_date) VALUES (:u, :o, :n, :l, :d, :dd)")
                    .param("u", unitId).param("o", i++).param("n", system.name()).param("l", system.securityLevel())
                    .param("d", system.decisionNumber(), java.sql.Types.VARCHAR).param("dd", date(system.decisionDate()), java.sql.Types.DATE).update();
        }
        for (Answer answer : answers) {
            jdbc.sql("INSERT INTO capacity_unit_control (unit_id, control_code, status, reason) VALUES (:u, :c, :s, :r)")
                    .param("u", unitId).param("c", answer.code()).param("s", answer.status().name()).param("r", answer.reason(), java.sql.Types.VARCHAR).update();
        }
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
