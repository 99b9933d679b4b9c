package org.wardops.directory.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.directory.PersonView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.text.SearchText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** People of the directory. Writes check the version they were read at, so concurrent edits are detected. */
@Repository
public class PersonStore {

    private static final String COLUMNS = "id, full_name, title, unit_id, email, phone, version";

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_person WHERE id = :id").param("id", id).query(PersonStore::view).optional();
    }

    public List<PersonView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_person WHERE id IN (:ids) ORDER BY sort_key").param("ids", ids)
                .query(PersonStore::view).list();
    }

    public PageResult<PersonView> search(@Nullable UUID unitId, @Nullable String text, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (unitId != null) {
            where.append(" AND unit_id = :unitId");
            params.put("unitId", unitId);
        }
        UnitStore.appendTextFilter(text, where, params);
        List<PersonView> items = jdbc.sql("SELECT " + COLUMNS + " FROM directory_person" + where
                        + " ORDER BY sort_key, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(PersonStore::view).list();
        // A first page that is not full holds everything: no need to count.
        long total = page.offset() == 0 && items.size() < page.size() ? items.size()
                : jdbc.sql("SELECT COUNT(*) FROM directory_person" + where).params(params).query(Long.class).single();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public void insert(PersonView person, Instant now) {
        fields(jdbc.sql("INSERT INTO directory_person (id, full_name, search_key, sort_key, title, unit_id, email, phone, version, "
                + "created_at, updated_at) VALUES (:id, :name, :searchKey, :sortKey, :title, :unitId, :email, :phone, 0, :now, :now)"), person, now)
                .update();
    }

    public boolean update(PersonView person, Instant now) {
        return fields(jdbc.sql("UPDATE directory_person SET full_name = :name, search_key = :searchKey, sort_key = :sortKey, title = :title, "
                + "unit_id = :unitId, email = :email, phone = :phone, version = version + 1, updated_at = :now "
                + "WHERE id = :id AND version = :version"), person, now)
                .param("version", person.version())
                .update() == 1;
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec statement, PersonView person, Instant now) {
        return statement
                .param("id", person.id())
                .param("name", person.fullName())
                .param("searchKey", SearchText.fold(person.fullName() + " " + person.title()))
                .param("sortKey", UnitStore.sortKey(person.fullName()))
                .param("title", person.title())
                .param("unitId", person.unitId())
                .param("email", person.email())
                .param("phone", person.phone())
                .param("now", UnitStore.timestamp(now));
    }

    private static PersonView view(ResultSet rs, int row) throws SQLException {
        return new PersonView(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("title"),
                rs.getObject("unit_id", UUID.class), rs.getString("email"), rs.getString("phone"), rs.getLong("version"));
    }
}
