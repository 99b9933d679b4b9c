package org.wardops.reporting.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.reporting.ReportState;
import org.wardops.reporting.ReportView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.sql.SqlPredicate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Unit reports. Writes check the version they were read at, so a concurrent change is detected, never overwritten. */
@Repository
public class ReportStore {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() { };
    private static final String COLUMNS = "r.id, r.request_id, r.unit_id, r.template_id, r.state, r.answers, r.first_submitted_at, "
            + "r.submitted_at, r.submitted_by, r.accepted_at, r.return_reason, r.last_edited_by, r.last_edited_at, r.document_number, "
            + "r.version, r.ready_at, r.ready_by, q.requested_by_id";
    private static final String FROM = " FROM reporting_report r JOIN reporting_request q ON q.id = r.request_id";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Report> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = :id").param("id", id).query(this::report).optional();
    }

    public List<Report> ofRequest(UUID requestId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.request_id = :request").param("request", requestId)
                .query(this::report).list();
    }

    /** What completeness needs of each report of a request, without the answers. */
    public record Status(UUID reportId, UUID unitId, ReportState state, boolean started, @Nullable Instant firstSubmittedAt) {
    }

    public List<Status> statuses(UUID requestId) {
        return jdbc.sql("SELECT id, unit_id, state, last_edited_at, first_submitted_at FROM reporting_report WHERE request_id = :request")
                .param("request", requestId)
                .query((rs, row) -> new Status(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        ReportState.valueOf(rs.getString("state")), rs.getObject("last_edited_at") != null, Sql.instant(rs, "first_submitted_at")))
                .list();
    }

    public List<UUID> unitIds(UUID requestId) {
        return jdbc.sql("SELECT unit_id FROM reporting_report WHERE request_id = :request").param("request", requestId).query(UUID.class).list();
    }

    /** One page of the reports matching the filters and the visibility predicate, with the total, filtered and counted in SQL. */
    public PageResult<Report> search(@Nullable UUID requestId, @Nullable UUID unitId, java.time.@Nullable YearMonth deadlineMonth,
                                     @Nullable ReportState state, SqlPredicate visible, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (requestId != null) {
            where.append(" AND r.request_id = :request");
            params.put("request", requestId);
        }
        filters(where, params, unitId, deadlineMonth, state);
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Long.class).single();
        List<Report> items = jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::report).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** What a report list shows of each report: its request and the dates its timeliness comes from. */
    public record Listed(UUID reportId, UUID unitId, String requestTitle, String period, java.time.LocalDate deadline, ReportState state,
                         @Nullable Instant firstSubmittedAt) {
    }

    /**
     * One page of the reports of the filters (a unit, the month of the deadline, a state) that the predicate admits, by
     * deadline (latest first), with the total; {@code admitted} false counts those it does not admit instead.
     */
    public PageResult<Listed> listed(@Nullable UUID unitId, java.time.@Nullable YearMonth deadlineMonth, @Nullable ReportState state,
                                     SqlPredicate visible, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        filters(where, params, unitId, deadlineMonth, state);
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Long.class).single();
        List<Listed> items = jdbc.sql("SELECT r.id, r.unit_id, q.title, q.period, q.deadline, r.state, r.first_submitted_at" + FROM + where
                        + " ORDER BY q.deadline DESC, r.unit_id, r.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new Listed(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("title"),
                        rs.getString("period"), rs.getObject("deadline", java.time.LocalDate.class), ReportState.valueOf(rs.getString("state")),
                        Sql.instant(rs, "first_submitted_at"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** How many reports the filters match, whoever may read them. */
    public long count(@Nullable UUID unitId, java.time.@Nullable YearMonth deadlineMonth, @Nullable ReportState state) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        filters(where, params, unitId, deadlineMonth, state);
        return jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Long.class).single();
    }

    private static void filters(StringBuilder where, Map<String, Object> params, @Nullable UUID unitId,
                                java.time.@Nullable YearMonth deadlineMonth, @Nullable ReportState state) {
        if (unitId != null) {
            where.append(" AND r.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (deadlineMonth != null) {
            where.append(" AND q.deadline >= :deadlineFrom AND q.deadline <= :deadlineTo");
            params.put("deadlineFrom", deadlineMonth.atDay(1));
            params.put("deadlineTo", deadlineMonth.atEndOfMonth());
        }
        if (state != null) {
            where.append(" AND r.state = :state");
            params.put("state", state.name());
        }
    }

    /** The units asked by each of the requests, in one query. */
    public Map<UUID, List<UUID>> unitIdsOf(java.util.Collection<UUID> requestIds) {
        Map<UUID, List<UUID>> byRequest = new HashMap<>();
        if (requestIds.isEmpty()) {
            return byRequest;
        }
        jdbc.sql("SELECT request_id, unit_id FROM reporting_report WHERE request_id IN (:requests) ORDER BY request_id, unit_id")
                .param("requests", requestIds)
                .query((rs, row) -> Map.entry(rs.getObject("request_id", UUID.class), rs.getObject("unit_id", UUID.class))).list()
                .forEach(entry -> byRequest.computeIfAbsent(entry.getKey(), key -> new java.util.ArrayList<>()).add(entry.getValue()));
        return byRequest;
    }

    public void insert(ReportView report, Instant now) {
        jdbc.sql("INSERT INTO reporting_report (id, request_id, unit_id, template_id, state, answers, version, created_at) "
                        + "VALUES (:id, :request, :unit, :template, :state, :answers, 0, :now)")
                .param("id", report.id())
                .param("request", report.requestId())
                .param("unit", report.unitId())
                .param("template", report.templateId())
                .param("state", report.state().name())
                .param("answers", json.writeValueAsString(report.answers()))
                .param("now", Sql.timestamp(now))
                .update();
    }

    /** Writes the report if nobody changed it since {@code report.version()}; answers whether it did. */
    public boolean update(ReportView report) {
        return jdbc.sql("UPDATE reporting_report SET state = :state, answers = :answers, first_submitted_at = :first, "
                        + "submitted_at = :submitted, submitted_by = :submittedBy, accepted_at = :accepted, return_reason = :reason, "
                        + "last_edited_by = :editedBy, last_edited_at = :editedAt, document_number = :number, ready_at = :readyAt, ready_by = :readyBy, "
                        + "version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("id", report.id())
                .param("state", report.state().name())
                .param("answers", json.writeValueAsString(report.answers()))
                .param("first", Sql.timestamp(report.firstSubmittedAt()))
                .param("submitted", Sql.timestamp(report.submittedAt()))
                .param("submittedBy", report.submittedBy())
                .param("accepted", Sql.timestamp(report.acceptedAt()))
                .param("reason", report.returnReason())
                .param("editedBy", report.lastEditedBy())
                .param("editedAt", Sql.timestamp(report.lastEditedAt()))
                .param("number", report.documentNumber())
                .param("readyAt", Sql.timestamp(report.readyAt()))
                .param("readyBy", report.readyBy())
                .param("version", report.version())
                .update() == 1;
    }

    private Report report(ResultSet rs, int row) throws SQLException {
        int number = rs.getInt("document_number");
        Integer documentNumber = rs.wasNull() ? null : number;
        return new Report(new ReportView(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("request_id", UUID.class), rs.getObject("template_id", UUID.class), ReportState.valueOf(rs.getString("state")),
                rs.getLong("version"), json.readValue(rs.getString("answers"), ANSWERS), Sql.instant(rs, "submitted_at"),
                Sql.instant(rs, "first_submitted_at"), rs.getString("submitted_by"), Sql.instant(rs, "accepted_at"),
                rs.getString("return_reason"), rs.getString("last_edited_by"), Sql.instant(rs, "last_edited_at"), documentNumber,
                Sql.instant(rs, "ready_at"), rs.getString("ready_by")),
                rs.getObject("requested_by_id", UUID.class));
    }
}
