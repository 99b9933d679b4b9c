package org.wardops.supervision.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.supervision.ProgrammeView;
import org.wardops.supervision.Topic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Supervision programmes and the working groups taking part; topics are stored as a comma-separated list of codes. */
@Repository
public class ProgrammeStore {

    private static final String COLUMNS = "id, code, title, issuing_body, document_reference, document_date, period, topics, version";

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgrammeView> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_programme ORDER BY document_date DESC, code").query(this::view).list();
    }

    public Optional<ProgrammeView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_programme WHERE id = :id").param("id", id).query(this::view).optional();
    }

    public Optional<ProgrammeView> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_programme WHERE code = :code").param("code", code).query(this::view).optional();
    }

    public void insert(ProgrammeView programme, Instant now) {
        jdbc.sql("INSERT INTO supervision_programme (id, code, title, issuing_body, document_reference, document_date, period, topics, "
                        + "version, created_at) VALUES (:id, :code, :title, :issuer, :reference, :date, :period, :topics, 0, :now)")
                .param("id", programme.id())
                .param("code", programme.code())
                .param("title", programme.title())
                .param("issuer", programme.issuingBody())
                .param("reference", programme.documentReference())
                .param("date", programme.documentDate())
                .param("period", programme.period())
                .param("topics", String.join(",", programme.topics().stream().map(Topic::name).toList()))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        for (UUID group : programme.workingGroupIds()) {
            jdbc.sql("INSERT INTO supervision_programme_group (programme_id, working_group_id) VALUES (:programme, :group)")
                    .param("programme", programme.id()).param("group", group).update();
        }
    }

    private ProgrammeView view(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String topics = rs.getString("topics");
        List<UUID> groups = jdbc.sql("SELECT working_group_id FROM supervision_programme_group WHERE programme_id = :id")
                .param("id", id).query(UUID.class).list();
        return new ProgrammeView(id, rs.getString("code"), rs.getString("title"), rs.getString("issuing_body"),
                rs.getString("document_reference"), rs.getObject("document_date", LocalDate.class), rs.getString("period"),
                topics.isBlank() ? List.of() : Arrays.stream(topics.split(",")).map(Topic::valueOf).toList(), groups, rs.getLong("version"));
    }
}
