package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.capacity.AssetSearch;
import org.wardops.capacity.AssetState;
import org.wardops.capacity.AssetType;
import org.wardops.capacity.AssetView;
import org.wardops.capacity.SupportStatus;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * IT assets. The support status is a condition on the stored release key and end-of-support date against "today",
 * so that filtering and counting by status happen in SQL on indexed columns.
 */
@Repository
public class AssetStore {

    private static final String COLUMNS = "id, unit_id, asset_type, tag, serial, model, purchase_year, os_product, os_version, os_edition, "
            + "os_key, eol_date, state, location, custodian_person_id, version";
    private static final String INSERT = "INSERT INTO capacity_asset (id, unit_id, asset_type, tag, serial, model, purchase_year, os_product, "
            + "os_version, os_edition, os_key, eol_date, state, location, custodian_person_id, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    private static final String UPDATE = "UPDATE capacity_asset SET asset_type = ?, tag = ?, serial = ?, model = ?, purchase_year = ?, os_product = ?, "
            + "os_version = ?, os_edition = ?, os_key = ?, eol_date = ?, state = ?, location = ?, custodian_person_id = ?, version = version + 1, "
            + "updated_at = ? WHERE id = ? AND version = ?";

    /** PC counts of a unit by support status (in-use desktops and laptops). */
    public record PcCounts(int pcs, int supported, int ending, int unsupported, int unknown) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CapacityListCache lists;

    AssetStore(JdbcClient jdbc, JdbcTemplate template, CapacityListCache lists) {
        this.jdbc = jdbc;
        this.template = template;
        this.lists = lists;
    }

    public Optional<AssetView> find(UUID id, LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM capacity_asset WHERE id = :id").param("id", id)
                .query((rs, n) -> row(rs, today)).optional();
    }

    private record ListQuery(AssetSearch search, LocalDate today, long offset, int size) {
    }

    /** A page of the visible assets; for readers who see every unit, from the cache of the current revision. */
    public PageResult<AssetView> search(AssetSearch search, CapacityPolicy.Visible visible, LocalDate today, PageRequest page) {
        if (visible.all()) {
            return lists.get(new ListQuery(search, today, page.offset(), page.size()), () -> read(search, visible, today, page));
        }
        return read(search, visible, today, page);
    }

    private PageResult<AssetView> read(AssetSearch search, CapacityPolicy.Visible visible, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.condition("unit_id"));
        Map<String, Object> params = new HashMap<>();
        if (!visible.all() && !visible.unitIds().isEmpty()) {
            params.put("visibleUnits", visible.unitIds());
        }
        if (search.unitId() != null) {
            where.append(" AND unit_id = :unitId");
            params.put("unitId", search.unitId());
        }
        if (search.type() != null) {
            where.append(" AND asset_type = :type");
            params.put("type", search.type().name());
        }
        if (search.support() != null) {
            where.append(" AND ").append(supportCondition(search.support()));
            params.put("today", Date.valueOf(today));
            params.put("horizon", Date.valueOf(today.plusMonths(OsCatalogue.ENDING_MONTHS)));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM capacity_asset" + where).params(params).query(Long.class).single();
        List<AssetView> items = jdbc.sql("SELECT " + COLUMNS + " FROM capacity_asset" + where
                        + " ORDER BY unit_id, asset_type, tag, id LIMIT :size OFFSET :offset")
                .params(params).param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs, today)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The SQL condition for a status; binds {@code :today} and {@code :horizon}. */
    static String supportCondition(SupportStatus status) {
        return switch (status) {
            case UNKNOWN -> "os_key IS NULL";
            case UNSUPPORTED -> "(os_key IS NOT NULL AND eol_date <= :today)";
            case ENDING -> "(os_key IS NOT NULL AND eol_date > :today AND eol_date <= :horizon)";
            case SUPPORTED -> "(os_key IS NOT NULL AND (eol_date IS NULL OR eol_date > :horizon))";
        };
    }

    public PcCounts pcCounts(UUID unitId, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*), "
                        + "COALESCE(SUM(CASE WHEN " + supportCondition(SupportStatus.SUPPORTED) + " THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN " + supportCondition(SupportStatus.ENDING) + " THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN " + supportCondition(SupportStatus.UNSUPPORTED) + " THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN " + supportCondition(SupportStatus.UNKNOWN) + " THEN 1 ELSE 0 END), 0) "
                        + "FROM capacity_asset WHERE unit_id = :unitId AND asset_type IN ('DESKTOP', 'LAPTOP') AND state = 'IN_USE'")
                .param("unitId", unitId).param("today", Date.valueOf(today)).param("horizon", Date.valueOf(today.plusMonths(OsCatalogue.ENDING_MONTHS)))
                .query((rs, n) -> new PcCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))).single();
    }

    /** Purchase years of the unit's in-use PCs with their counts (null: year not recorded). */
    public Map<Integer, Integer> pcPurchaseYears(UUID unitId) {
        Map<Integer, Integer> years = new HashMap<>();
        jdbc.sql("SELECT COALESCE(purchase_year, 0), COUNT(*) FROM capacity_asset WHERE unit_id = :unitId AND asset_type IN ('DESKTOP', 'LAPTOP') "
                        + "AND state = 'IN_USE' GROUP BY COALESCE(purchase_year, 0)")
                .param("unitId", unitId).query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2))).list()
                .forEach(e -> years.put(e.getKey(), e.getValue()));
        return years;
    }

    /** The unit's assets whose tag (or serial) is one of the keys, by that key. */
    public Map<String, AssetView> byKey(UUID unitId, boolean byTag, Collection<String> keys, LocalDate today) {
        Map<String, AssetView> found = new HashMap<>();
        List<String> list = new ArrayList<>(keys);
        for (int from = 0; from < list.size(); from += 1000) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 1000));
            jdbc.sql("SELECT " + COLUMNS + " FROM capacity_asset WHERE unit_id = :unitId AND " + (byTag ? "tag" : "serial") + " IN (:keys)")
                    .param("unitId", unitId).param("keys", chunk).query((rs, n) -> row(rs, today)).list()
                    .forEach(a -> found.put(byTag ? a.tag() : a.serial(), a));
        }
        return found;
    }

    /** The unit's tags and serials, to refuse duplicates before the database does. */
    public List<String[]> tagsAndSerials(UUID unitId) {
        return jdbc.sql("SELECT id, tag, serial FROM capacity_asset WHERE unit_id = :unitId").param("unitId", unitId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    public void insertAll(List<AssetView> assets, Instant now) {
        lists.changed();
        Timestamp at = Timestamp.from(now);
        template.batchUpdate(INSERT, assets, 500, (ps, a) -> {
            ps.setObject(1, a.id());
            ps.setObject(2, a.unitId());
            ps.setString(3, a.type().name());
            ps.setString(4, a.tag());
            ps.setString(5, a.serial());
            ps.setString(6, a.model());
            setInt(ps, 7, a.purchaseYear());
            ps.setString(8, a.osProduct());
            ps.setString(9, a.osVersion());
            ps.setString(10, a.osEdition());
            ps.setString(11, a.osRelease());
            ps.setDate(12, a.endOfSupport() == null ? null : Date.valueOf(a.endOfSupport()));
            ps.setString(13, a.state().name());
            ps.setString(14, a.location());
            ps.setObject(15, a.custodianPersonId());
            ps.setTimestamp(16, at);
        });
    }

    /** Updates each asset whose version is still the one it carries; answers how many were updated. */
    public int updateAll(List<AssetView> assets, Instant now) {
        lists.changed();
        Timestamp at = Timestamp.from(now);
        int[][] counts = template.batchUpdate(UPDATE, assets, 500, (ps, a) -> {
            ps.setString(1, a.type().name());
            ps.setString(2, a.tag());
            ps.setString(3, a.serial());
            ps.setString(4, a.model());
            setInt(ps, 5, a.purchaseYear());
            ps.setString(6, a.osProduct());
            ps.setString(7, a.osVersion());
            ps.setString(8, a.osEdition());
            ps.setString(9, a.osRelease());
            ps.setDate(10, a.endOfSupport() == null ? null : Date.valueOf(a.endOfSupport()));
            ps.setString(11, a.state().name());
            ps.setString(12, a.location());
            ps.setObject(13, a.custodianPersonId());
            ps.setTimestamp(14, at);
            ps.setObject(15, a.id());
            ps.setLong(16, a.version());
        });
        int updated = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                updated += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
            }
        }
        return updated;
    }

    /** Brings stored end-of-support dates in line with the bundled catalogue (after it was updated). */
    public int refreshEndOfSupport(Collection<OsCatalogue.Release> releases) {
        lists.changed();
        int changed = 0;
        for (OsCatalogue.Release release : releases) {
            changed += jdbc.sql("UPDATE capacity_asset SET eol_date = :eol WHERE os_key = :key AND "
                            + (release.endOfSupport() == null ? "eol_date IS NOT NULL" : "(eol_date IS NULL OR eol_date <> :eol)"))
                    .param("eol", release.endOfSupport() == null ? null : Date.valueOf(release.endOfSupport()), Types.DATE)
                    .param("key", release.key()).update();
        }
        return changed;
    }

    private static void setInt(java.sql.PreparedStatement ps, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static AssetView row(ResultSet rs, LocalDate today) throws SQLException {
        String key = rs.getString(11);
        LocalDate eol = rs.getObject(12, LocalDate.class);
        int year = rs.getInt(7);
        Integer purchaseYear = rs.wasNull() ? null : year;
        return new AssetView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), AssetType.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), purchaseYear, rs.getString(8), rs.getString(9), rs.getString(10), key, eol,
                OsCatalogue.status(key, eol, today), AssetState.valueOf(rs.getString(13)), rs.getString(14), rs.getObject(15, UUID.class),
                rs.getLong(16));
    }
}
