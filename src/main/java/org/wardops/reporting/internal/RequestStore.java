package org.wardops.reporting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Report requests. */
@Repository
public class RequestStore {

    /** A request as stored; the facade adds names and units. */
    public record Row(UUID id, UUID templateId, String period, String title, UUID requestedById, LocalDate deadline, Instant createdAt) {
    }

    private static final String COLUMNS = "id, template_id, period, title, requested_by_id, deadline, created_at";

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_request WHERE id = :id").param("id", id).query(RequestStore::row).optional();
    }

    /** Requests made by one of the bodies or asking one of the units, newest first. */
    public List<Row> involving(Collection<UUID> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_request r WHERE requested_by_id IN (:units) "
                        + "OR EXISTS (SELECT 1 FROM reporting_report p WHERE p.request_id = r.id AND p.unit_id IN (:units)) "
                        + "ORDER BY deadline DESC, created_at DESC LIMIT :limit")
                .param("units", unitIds).param("limit", limit).query(RequestStore::row).list();
    }

    public List<Row> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_request ORDER BY deadline DESC, created_at DESC LIMIT :limit")
                .param("limit", limit).query(RequestStore::row).list();
    }

    public void insert(Row request) {
        jdbc.sql("INSERT INTO reporting_request (id, template_id, period, title, requested_by_id, deadline, created_at) "
                        + "VALUES (:id, :template, :period, :title, :requestedBy, :deadline, :createdAt)")
                .param("id", request.id())
                .param("template", request.templateId())
                .param("period", request.period())
                .param("title", request.title())
                .param("requestedBy", request.requestedById())
                .param("deadline", request.deadline())
                .param("createdAt", Sql.timestamp(request.createdAt()))
                .update();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("template_id", UUID.class), rs.getString("period"),
                rs.getString("title"), rs.getObject("requested_by_id", UUID.class), rs.getObject("deadline", LocalDate.class),
                Objects.requireNonNull(Sql.instant(rs, "created_at")));
    }
}
