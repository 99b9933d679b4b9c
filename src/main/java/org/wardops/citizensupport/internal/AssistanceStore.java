package org.wardops.citizensupport.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.citizensupport.AgeBand;
import org.wardops.citizensupport.AssistanceService;
import org.wardops.citizensupport.AssistanceView;
import org.wardops.citizensupport.Channel;
import org.wardops.citizensupport.Gender;
import org.wardops.citizensupport.Outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assistance entries and the monthly counts older entries are reduced to. */
@Repository
public class AssistanceStore {

    private static final String COLUMNS = "id, client_id, unit_id, team_id, helped_on, residential_group, service, procedure_code, channel, "
            + "outcome, reason, minutes, age_band, gender, recorded_by, recorded_at";

    /** Entries and minutes of one unit, month, team, service and outcome. */
    public record Count(UUID unitId, String month, UUID teamId, AssistanceService service, Outcome outcome, int entries, long minutes) {
    }

    private final JdbcClient jdbc;

    AssistanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the entry unless one with its client id exists. The UNIQUE constraint decides between concurrent
     * resends: the loser's insert waits for the winner and then does nothing.
     *
     * @return whether this call inserted it
     */
    public boolean insertIfAbsent(AssistanceView entry) {
        return jdbc.sql("INSERT INTO citizensupport_assistance (" + COLUMNS + ") VALUES (:id, :client, :unit, :team, :day, :group, :service, "
                        + ":procedure, :channel, :outcome, :reason, :minutes, :age, :gender, :by, :at) ON CONFLICT DO NOTHING")
                .param("id", entry.id()).param("client", entry.clientId()).param("unit", entry.unitId()).param("team", entry.teamId())
                .param("day", entry.date()).param("group", entry.residentialGroup()).param("service", entry.service().name())
                .param("procedure", entry.procedureCode()).param("channel", entry.channel().name()).param("outcome", entry.outcome().name())
                .param("reason", entry.reason()).param("minutes", entry.minutes())
                .param("age", entry.ageBand() == null ? null : entry.ageBand().name())
                .param("gender", entry.gender() == null ? null : entry.gender().name())
                .param("by", entry.recordedBy()).param("at", entry.recordedAt().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    public Optional<AssistanceView> byClientId(UUID clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM citizensupport_assistance WHERE client_id = :client").param("client", clientId)
                .query(AssistanceStore::entry).optional();
    }

    public List<AssistanceView> page(CitizenSupportPolicy.Visibility visibility, @Nullable UUID unitId, @Nullable YearMonth month,
                                     int offset, int limit) {
        if (visibility.none()) {
            return List.of();
        }
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM citizensupport_assistance WHERE " + where(visibility, unitId, month)
                + " ORDER BY helped_on DESC, recorded_at DESC, id LIMIT :limit OFFSET :offset");
        return bind(statement, visibility, unitId, month).param("limit", limit).param("offset", offset).query(AssistanceStore::entry).list();
    }

    public long count(CitizenSupportPolicy.Visibility visibility, @Nullable UUID unitId, @Nullable YearMonth month) {
        if (visibility.none()) {
            return 0;
        }
        var statement = jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance WHERE " + where(visibility, unitId, month));
        return bind(statement, visibility, unitId, month).query(Long.class).single();
    }

    /** What one person recorded on one day, latest first. */
    public List<AssistanceView> recordedBy(UUID accountId, LocalDate day, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM citizensupport_assistance WHERE recorded_by = :by AND helped_on = :day "
                        + "ORDER BY recorded_at DESC, id LIMIT :limit")
                .param("by", accountId).param("day", day).param("limit", limit).query(AssistanceStore::entry).list();
    }

    /** Counts of one unit over a range of months: entries still held one by one plus those already reduced. */
    public List<Count> counts(UUID unitId, YearMonth from, YearMonth to) {
        List<Count> raw = jdbc.sql("SELECT team_id, service, outcome, EXTRACT(YEAR FROM helped_on) AS y_part, EXTRACT(MONTH FROM helped_on) AS m_part, "
                        + "COUNT(*) AS n_entries, SUM(minutes) AS n_minutes FROM citizensupport_assistance "
                        + "WHERE unit_id = :unit AND helped_on >= :from AND helped_on <= :to "
                        + "GROUP BY team_id, service, outcome, EXTRACT(YEAR FROM helped_on), EXTRACT(MONTH FROM helped_on)")
                .param("unit", unitId).param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((rs, row) -> new Count(unitId, YearMonth.of(rs.getInt("y_part"), rs.getInt("m_part")).toString(), rs.getObject("team_id", UUID.class),
                        AssistanceService.valueOf(rs.getString("service")), Outcome.valueOf(rs.getString("outcome")),
                        rs.getInt("n_entries"), rs.getLong("n_minutes")))
                .list();
        List<Count> reduced = jdbc.sql("SELECT team_id, period_month, service, outcome, entry_count, minutes_total FROM citizensupport_monthly_count "
                        + "WHERE unit_id = :unit AND period_month >= :from AND period_month <= :to")
                .param("unit", unitId).param("from", from.toString()).param("to", to.toString())
                .query((rs, row) -> new Count(unitId, rs.getString("period_month"), rs.getObject("team_id", UUID.class),
                        AssistanceService.valueOf(rs.getString("service")), Outcome.valueOf(rs.getString("outcome")),
                        rs.getInt("entry_count"), rs.getLong("minutes_total")))
                .list();
        return java.util.stream.Stream.concat(raw.stream(), reduced.stream()).toList();
    }

    /** Entries dated before the day, grouped as monthly counts (for the retention reduction). */
    public List<Count> countsBefore(LocalDate day) {
        return jdbc.sql("SELECT unit_id, team_id, service, outcome, EXTRACT(YEAR FROM helped_on) AS y_part, EXTRACT(MONTH FROM helped_on) AS m_part, "
                        + "COUNT(*) AS n_entries, SUM(minutes) AS n_minutes FROM citizensupport_assistance WHERE helped_on < :day "
                        + "GROUP BY unit_id, team_id, service, outcome, EXTRACT(YEAR FROM helped_on), EXTRACT(MONTH FROM helped_on)")
                .param("day", day)
                .query((rs, row) -> new Count(rs.getObject("unit_id", UUID.class), YearMonth.of(rs.getInt("y_part"), rs.getInt("m_part")).toString(),
                        rs.getObject("team_id", UUID.class), AssistanceService.valueOf(rs.getString("service")),
                        Outcome.valueOf(rs.getString("outcome")), rs.getInt("n_entries"), rs.getLong("n_minutes")))
                .list();
    }

    /** Adds the count to the monthly counts (portable upsert: update, insert when there was nothing to update). */
    public void addReduced(Count count) {
        int updated = jdbc.sql("UPDATE citizensupport_monthly_count SET entry_count = entry_count + :entries, minutes_total = minutes_total + :minutes "
                        + "WHERE unit_id = :unit AND period_month = :month AND team_id = :team AND service = :service AND outcome = :outcome")
                .param("entries", count.entries()).param("minutes", count.minutes()).param("unit", count.unitId())
                .param("month", count.month()).param("team", count.teamId()).param("service", count.service().name())
                .param("outcome", count.outcome().name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO citizensupport_monthly_count (unit_id, period_month, team_id, service, outcome, entry_count, minutes_total) "
                            + "VALUES (:unit, :month, :team, :service, :outcome, :entries, :minutes)")
                    .param("entries", count.entries()).param("minutes", count.minutes()).param("unit", count.unitId())
                    .param("month", count.month()).param("team", count.teamId()).param("service", count.service().name())
                    .param("outcome", count.outcome().name()).update();
        }
    }

    public int deleteBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM citizensupport_assistance WHERE helped_on < :day").param("day", day).update();
    }

    private static String where(CitizenSupportPolicy.Visibility visibility, @Nullable UUID unitId, @Nullable YearMonth month) {
        StringBuilder where = new StringBuilder(visibility.predicate("unit_id"));
        if (unitId != null) {
            where.append(" AND unit_id = :unit");
        }
        if (month != null) {
            where.append(" AND helped_on >= :from AND helped_on <= :to");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CitizenSupportPolicy.Visibility visibility,
                                                 @Nullable UUID unitId, @Nullable YearMonth month) {
        if (!visibility.all()) {
            statement = statement.param("visibleUnits", visibility.unitIds());
        }
        if (unitId != null) {
            statement = statement.param("unit", unitId);
        }
        if (month != null) {
            statement = statement.param("from", month.atDay(1)).param("to", month.atEndOfMonth());
        }
        return statement;
    }

    private static AssistanceView entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String age = rs.getString("age_band");
        String gender = rs.getString("gender");
        return new AssistanceView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getObject("helped_on", LocalDate.class), rs.getString("residential_group"),
                AssistanceService.valueOf(rs.getString("service")), rs.getString("procedure_code"), Channel.valueOf(rs.getString("channel")),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("reason"), rs.getInt("minutes"),
                age == null ? null : AgeBand.valueOf(age), gender == null ? null : Gender.valueOf(gender),
                rs.getObject("recorded_by", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
