package org.wardops.reporting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.TemplateSection;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Report template versions; the sections and fields are stored as one JSON document. */
@Repository
public class TemplateStore {

    private static final TypeReference<List<TemplateSection>> SECTIONS = new TypeReference<>() { };
    private static final String COLUMNS = "id, family_id, name, version_no, definition, created_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TemplateStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ReportTemplateView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_template WHERE id = :id").param("id", id).query(this::view).optional();
    }

    public List<ReportTemplateView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_template WHERE id IN (:ids)").param("ids", ids).query(this::view).list();
    }

    public List<ReportTemplateView> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_template ORDER BY name, version_no DESC").query(this::view).list();
    }

    public Optional<ReportTemplateView> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_template WHERE name = :name ORDER BY version_no DESC LIMIT 1")
                .param("name", name).query(this::view).optional();
    }

    public int latestVersion(UUID familyId) {
        return jdbc.sql("SELECT MAX(version_no) FROM reporting_template WHERE family_id = :family").param("family", familyId)
                .query(Integer.class).single();
    }

    public void insert(ReportTemplateView template) {
        jdbc.sql("INSERT INTO reporting_template (id, family_id, name, version_no, definition, created_at) "
                        + "VALUES (:id, :family, :name, :version, :definition, :createdAt)")
                .param("id", template.id())
                .param("family", template.familyId())
                .param("name", template.name())
                .param("version", template.version())
                .param("definition", json.writeValueAsString(template.sections()))
                .param("createdAt", Sql.timestamp(template.createdAt()))
                .update();
    }

    private ReportTemplateView view(ResultSet rs, int row) throws SQLException {
        return new ReportTemplateView(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), rs.getString("name"),
                rs.getInt("version_no"), json.readValue(rs.getString("definition"), SECTIONS), Objects.requireNonNull(Sql.instant(rs, "created_at")));
    }
}
