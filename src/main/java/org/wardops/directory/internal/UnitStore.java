package org.wardops.directory.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.directory.Affiliation;
import org.wardops.directory.GroupRole;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.text.SearchText;
import org.wardops.shared.text.VietnameseCollation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Units, their lineage, supervision assignments and working-group members, in SQL that runs on H2 and PostgreSQL. */
@Repository
public class UnitStore {

    private static final String COLUMNS = "id, code, name, type, parent_id, province_code, official, valid_from, valid_to, version";
    private static final int SORT_KEY_LENGTH = 1000;

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_unit WHERE id = :id").param("id", id).query(UnitStore::view).optional();
    }

    public Optional<UnitView> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_unit WHERE code = :code").param("code", code).query(UnitStore::view).optional();
    }

    public List<UnitView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_unit WHERE id IN (:ids) ORDER BY sort_key")
                .param("ids", ids).query(UnitStore::view).list();
    }

    public List<UnitView> ofType(UnitType type, @Nullable String provinceCode) {
        return search(new UnitSearch(provinceCode, type, null, false), new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public PageResult<UnitView> search(UnitSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.provinceCode() != null) {
            where.append(" AND province_code = :province");
            params.put("province", search.provinceCode());
        }
        if (search.type() != null) {
            where.append(" AND type = :type");
            params.put("type", search.type().name());
        }
        if (!search.includeHistoric()) {
            where.append(" AND valid_to IS NULL");
        }
        appendTextFilter(search.text(), where, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM directory_unit" + where).params(params).query(Long.class).single();
        List<UnitView> items = jdbc.sql("SELECT " + COLUMNS + " FROM directory_unit" + where
                        + " ORDER BY sort_key, code LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(UnitStore::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every word of the text must occur in the folded name, in any order. */
    static void appendTextFilter(@Nullable String text, StringBuilder where, Map<String, Object> params) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] words = SearchText.fold(text).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            where.append(" AND search_key LIKE :word").append(i);
            params.put("word" + i, "%" + words[i] + "%");
        }
    }

    public long countChildren(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM directory_unit WHERE parent_id = :id AND valid_to IS NULL").param("id", id)
                .query(Long.class).single();
    }

    public Map<String, UnitView> officialByCode() {
        Map<String, UnitView> byCode = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM directory_unit WHERE official = TRUE").query(UnitStore::view)
                .list().forEach(unit -> byCode.put(unit.code(), unit));
        return byCode;
    }

    public void insert(UnitView unit, Instant now) {
        jdbc.sql("INSERT INTO directory_unit (id, code, name, search_key, sort_key, type, parent_id, province_code, official, "
                        + "valid_from, valid_to, version, created_at, updated_at) VALUES (:id, :code, :name, :searchKey, :sortKey, "
                        + ":type, :parentId, :province, :official, :validFrom, :validTo, 0, :now, :now)")
                .param("id", unit.id())
                .param("code", unit.code())
                .param("name", unit.name())
                .param("searchKey", SearchText.fold(unit.name()))
                .param("sortKey", sortKey(unit.name()))
                .param("type", unit.type().name())
                .param("parentId", unit.parentId())
                .param("province", unit.provinceCode())
                .param("official", unit.official())
                .param("validFrom", date(unit.validFrom()))
                .param("validTo", date(unit.validTo()))
                .param("now", timestamp(now))
                .update();
    }

    /** Changes name, type and parent; answers false when the version no longer matches (someone else changed it). */
    public boolean update(UnitView unit, Instant now) {
        return jdbc.sql("UPDATE directory_unit SET name = :name, search_key = :searchKey, sort_key = :sortKey, type = :type, "
                        + "parent_id = :parentId, province_code = :province, valid_to = :validTo, version = version + 1, "
                        + "updated_at = :now WHERE id = :id AND version = :version")
                .param("id", unit.id())
                .param("name", unit.name())
                .param("searchKey", SearchText.fold(unit.name()))
                .param("sortKey", sortKey(unit.name()))
                .param("type", unit.type().name())
                .param("parentId", unit.parentId())
                .param("province", unit.provinceCode())
                .param("validTo", date(unit.validTo()))
                .param("version", unit.version())
                .param("now", timestamp(now))
                .update() == 1;
    }

    public Optional<UUID> supervisingGroup(UUID unitId) {
        return jdbc.sql("SELECT working_group_id FROM directory_supervision WHERE unit_id = :unitId").param("unitId", unitId)
                .query(UUID.class).optional();
    }

    /** The working group that supervises the unit, read with the assignment in one query. */
    public Optional<UnitView> supervisingGroupView(UUID unitId) {
        return jdbc.sql("SELECT " + prefixed("u") + " FROM directory_supervision s JOIN directory_unit u ON u.id = s.working_group_id "
                        + "WHERE s.unit_id = :unitId").param("unitId", unitId).query(UnitStore::view).optional();
    }

    /** The unit's predecessors (true) and successors (false) with their units and dates, in one query. */
    public Map<Boolean, List<Map.Entry<UnitView, LocalDate>>> lineageViews(UUID unitId) {
        Map<Boolean, List<Map.Entry<UnitView, LocalDate>>> lineage = new HashMap<>();
        lineage.put(true, new java.util.ArrayList<>());
        lineage.put(false, new java.util.ArrayList<>());
        jdbc.sql("SELECT " + prefixed("u") + ", l.effective_on, l.successor_id FROM directory_unit_lineage l "
                        + "JOIN directory_unit u ON u.id = CASE WHEN l.successor_id = :id THEN l.predecessor_id ELSE l.successor_id END "
                        + "WHERE l.successor_id = :id OR l.predecessor_id = :id ORDER BY l.effective_on, u.sort_key")
                .param("id", unitId)
                .query((rs, row) -> Map.entry(unitId.equals(rs.getObject("successor_id", UUID.class)),
                        Map.entry(view(rs, row), rs.getDate("effective_on").toLocalDate())))
                .list().forEach(entry -> lineage.get(entry.getKey()).add(entry.getValue()));
        return lineage;
    }

    private static String prefixed(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column).collect(java.util.stream.Collectors.joining(", "));
    }

    public List<UUID> supervisedBy(UUID workingGroupId) {
        return jdbc.sql("SELECT unit_id FROM directory_supervision WHERE working_group_id = :groupId").param("groupId", workingGroupId)
                .query(UUID.class).list();
    }

    /** The person's and unit's names and the group's supervised units, in one query (one row per supervised unit). */
    public Affiliation affiliation(@Nullable UUID personId, UUID unitId, @Nullable UUID workingGroupId) {
        return jdbc.sql("SELECT u.name AS unit_name, (SELECT p.full_name FROM directory_person p WHERE p.id = :personId) AS person_name, "
                        + "s.unit_id AS supervised FROM directory_unit u "
                        + "LEFT JOIN directory_supervision s ON s.working_group_id = :groupId WHERE u.id = :unitId")
                .param("personId", personId).param("groupId", workingGroupId).param("unitId", unitId)
                .query(rs -> {
                    String unitName = null;
                    String personName = null;
                    java.util.Set<UUID> supervised = new java.util.HashSet<>();
                    while (rs.next()) {
                        unitName = rs.getString("unit_name");
                        personName = rs.getString("person_name");
                        UUID unit = rs.getObject("supervised", UUID.class);
                        if (unit != null) {
                            supervised.add(unit);
                        }
                    }
                    return new Affiliation(personName, unitName, supervised);
                });
    }

    public void assign(UUID workingGroupId, UUID unitId, LocalDate on) {
        jdbc.sql("DELETE FROM directory_supervision WHERE unit_id = :unitId").param("unitId", unitId).update();
        jdbc.sql("INSERT INTO directory_supervision (working_group_id, unit_id, assigned_on) VALUES (:groupId, :unitId, :on)")
                .param("groupId", workingGroupId).param("unitId", unitId).param("on", Date.valueOf(on)).update();
    }

    public void recordSuccession(UUID predecessorId, UUID successorId, LocalDate effectiveOn) {
        jdbc.sql("INSERT INTO directory_unit_lineage (predecessor_id, successor_id, effective_on) VALUES (:p, :s, :on)")
                .param("p", predecessorId).param("s", successorId).param("on", Date.valueOf(effectiveOn)).update();
    }

    /** Direct predecessors (when {@code towardsPast}) or successors of a unit, with the effective date. */
    public List<Map.Entry<UUID, LocalDate>> lineage(UUID unitId, boolean towardsPast) {
        String sql = towardsPast
                ? "SELECT predecessor_id AS other, effective_on FROM directory_unit_lineage WHERE successor_id = :id"
                : "SELECT successor_id AS other, effective_on FROM directory_unit_lineage WHERE predecessor_id = :id";
        return jdbc.sql(sql).param("id", unitId)
                .query((rs, row) -> Map.entry(rs.getObject("other", UUID.class), rs.getDate("effective_on").toLocalDate()))
                .list();
    }

    public List<Map.Entry<UUID, GroupRole>> members(UUID workingGroupId) {
        return jdbc.sql("SELECT person_id, role FROM directory_group_member WHERE working_group_id = :groupId")
                .param("groupId", workingGroupId)
                .query((rs, row) -> Map.entry(rs.getObject("person_id", UUID.class), GroupRole.valueOf(rs.getString("role"))))
                .list();
    }

    public List<UUID> groupsOfMember(UUID personId) {
        return jdbc.sql("SELECT working_group_id FROM directory_group_member WHERE person_id = :personId").param("personId", personId)
                .query(UUID.class).list();
    }

    public void addMember(UUID workingGroupId, UUID personId, GroupRole role) {
        jdbc.sql("DELETE FROM directory_group_member WHERE working_group_id = :groupId AND person_id = :personId")
                .param("groupId", workingGroupId).param("personId", personId).update();
        jdbc.sql("INSERT INTO directory_group_member (working_group_id, person_id, role) VALUES (:groupId, :personId, :role)")
                .param("groupId", workingGroupId).param("personId", personId).param("role", role.name()).update();
    }

    public Optional<String> lastImportChecksum() {
        return jdbc.sql("SELECT checksum FROM directory_reference_import ORDER BY imported_at DESC, id DESC LIMIT 1")
                .query(String.class).optional();
    }

    public void rememberImport(UUID id, String checksum, int units, Instant now) {
        jdbc.sql("INSERT INTO directory_reference_import (id, checksum, imported_at, units) VALUES (:id, :checksum, :now, :units)")
                .param("id", id).param("checksum", checksum).param("now", timestamp(now)).param("units", units).update();
    }

    /** Re-sorts names stored under an earlier collation (numbers by value since issue 12); returns how many changed. */
    int refreshSortKeys() {
        record Stored(UUID id, String name, String sortKey) {
        }
        List<Stored> stale = jdbc.sql("SELECT id, name, sort_key FROM directory_unit")
                .query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("sort_key"))).list()
                .stream().filter(stored -> !sortKey(stored.name()).equals(stored.sortKey())).toList();
        stale.forEach(stored -> jdbc.sql("UPDATE directory_unit SET sort_key = :sortKey WHERE id = :id")
                .param("sortKey", sortKey(stored.name())).param("id", stored.id()).update());
        return stale.size();
    }

    static String sortKey(String name) {
        String key = VietnameseCollation.sortKey(name);
        return key.length() > SORT_KEY_LENGTH ? key.substring(0, SORT_KEY_LENGTH) : key;
    }

    static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static UnitView view(ResultSet rs, int row) throws SQLException {
        Date validFrom = rs.getDate("valid_from");
        Date validTo = rs.getDate("valid_to");
        return new UnitView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                UnitType.valueOf(rs.getString("type")), rs.getObject("parent_id", UUID.class), rs.getString("province_code"),
                rs.getBoolean("official"), validFrom == null ? null : validFrom.toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(), rs.getLong("version"));
    }
}
