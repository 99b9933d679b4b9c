package org.wardops.reporting.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.reporting.ReportState;
import org.wardops.reporting.ReportingTodo.ReportTodo;
import org.wardops.reporting.ReportingTodo.Slice;
import org.wardops.shared.sql.SqlPredicate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reports a home page lists: one unit's (or one requesting body's) reports in some states, counted and the most
 * urgent first (earliest deadline), at most {@code limit} rows. Served by {@code ix_reporting_report_unit_state}.
 */
@Repository
public class ReportTodoStore {

    private static final String FROM = " FROM reporting_report r JOIN reporting_request q ON q.id = r.request_id";

    /** Whether the list wants reports marked ready for signature, those not marked, or both. */
    public enum Ready { MARKED, NOT_MARKED, ANY }

    private final JdbcClient jdbc;

    ReportTodoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Slice find(@Nullable UUID unitId, @Nullable UUID requestedById, Collection<ReportState> states, Ready ready,
                      SqlPredicate visible, int limit) {
        Map<String, Object> params = new HashMap<>(visible.params());
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql()).append(" AND r.state IN (:todoStates)");
        params.put("todoStates", states.stream().map(Enum::name).toList());
        if (unitId != null) {
            where.append(" AND r.unit_id = :todoUnit");
            params.put("todoUnit", unitId);
        }
        if (requestedById != null) {
            where.append(" AND q.requested_by_id = :todoBody");
            params.put("todoBody", requestedById);
        }
        switch (ready) {
            case MARKED -> where.append(" AND r.ready_at IS NOT NULL");
            case NOT_MARKED -> where.append(" AND r.ready_at IS NULL");
            case ANY -> { }
        }
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Long.class).single();
        if (total == 0) {
            return Slice.EMPTY;
        }
        params.put("todoLimit", limit);
        List<ReportTodo> first = jdbc.sql("SELECT r.id, r.unit_id, r.state, r.return_reason, r.ready_by, q.title, q.deadline" + FROM + where
                        + " ORDER BY q.deadline, r.id LIMIT :todoLimit")
                .params(params)
                .query((rs, row) -> new ReportTodo(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("title"),
                        rs.getObject("deadline", LocalDate.class), ReportState.valueOf(rs.getString("state")), rs.getString("return_reason"),
                        rs.getString("ready_by")))
                .list();
        return new Slice(total, first);
    }
}
