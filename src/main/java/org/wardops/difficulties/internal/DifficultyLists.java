package org.wardops.difficulties.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.DifficultyFigure;
import org.wardops.difficulties.DifficultySearch;
import org.wardops.difficulties.DifficultyState;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.text.SearchText;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.wardops.difficulties.internal.DifficultyStore.COLUMNS;
import static org.wardops.difficulties.internal.DifficultyStore.ids;

/**
 * The read side of difficulties in SQL: lists filtered by the policy's {@link Visibility} and paged with their total,
 * the inbox, a board's overdue items, the figures by unit, category and state. State sets come from
 * {@link DifficultyState}, never from literals.
 */
@Repository
public class DifficultyLists {

    private static final List<String> AWAITING = DifficultyState.namesWhere(DifficultyState::awaitsAnswer);
    private static final List<String> GROUPABLE = DifficultyState.namesWhere(DifficultyState::groupable);

    private final JdbcClient jdbc;

    DifficultyLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Difficulty> search(DifficultySearch search, Visibility visibility, LocalDate today, PageRequest page,
                                         boolean overdueFirst) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        appendVisibility(visibility, where, params);
        if (search.unitId() != null) {
            where.append(" AND unit_id = :unitId");
            params.put("unitId", search.unitId());
        }
        if (search.category() != null && !search.category().isBlank()) {
            where.append(" AND category = :category");
            params.put("category", search.category());
        }
        if (search.state() != null) {
            where.append(" AND state = :state");
            params.put("state", search.state().name());
        }
        if (search.addresseeUnitId() != null) {
            where.append(" AND addressee_unit_id = :addresseeUnitId");
            params.put("addresseeUnitId", search.addresseeUnitId());
        }
        if (search.overdueOnly()) {
            where.append(" AND state IN (:awaiting) AND due_date < :today");
        }
        if (search.submittedMonth() != null) {
            where.append(" AND submitted_on >= :submittedFrom AND submitted_on <= :submittedTo");
            params.put("submittedFrom", Date.valueOf(search.submittedMonth().atDay(1)));
            params.put("submittedTo", Date.valueOf(search.submittedMonth().atEndOfMonth()));
        }
        if (search.figure() != null) {
            // the same conditions as the counts in DifficultyFigures
            where.append(" AND state IN (:figureStates)");
            params.put("figureStates", search.figure().states());
            if (search.figure() == DifficultyFigure.ANSWERED_ON_TIME) {
                where.append(" AND answered_on <= due_date");
            }
        }
        params.put("today", Date.valueOf(today));
        params.put("awaiting", AWAITING);
        if (search.q() != null && !search.q().isBlank()) {
            String[] words = SearchText.fold(search.q()).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].isEmpty()) {
                    where.append(" AND search_key LIKE :word").append(i);
                    params.put("word" + i, "%" + words[i] + "%");
                }
            }
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty" + where).params(params).query(Long.class).single();
        String order = overdueFirst
                ? " ORDER BY CASE WHEN state IN (:awaiting) AND due_date < :today THEN 0 ELSE 1 END, due_date, created_at"
                : " ORDER BY created_at DESC, id";
        List<Difficulty> items = jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_difficulty" + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(DifficultyStore::difficulty).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * The page of difficulties that await an answer from one of the addressees (the city leadership when
     * {@code cityLeadership}), overdue first, with the total of all of them.
     */
    public PageResult<Difficulty> inbox(Collection<UUID> addresseeUnits, boolean cityLeadership, LocalDate today, PageRequest page) {
        String where = " WHERE state IN (:awaiting) AND (addressee_unit_id IN (:units) OR (:cityLeadership = TRUE AND addressee_type = :city))";
        Map<String, Object> params = new HashMap<>();
        params.put("awaiting", AWAITING);
        params.put("units", ids(addresseeUnits));
        params.put("cityLeadership", cityLeadership);
        params.put("city", AddresseeType.CITY_LEADERSHIP.name());
        params.put("today", Date.valueOf(today));
        long total = jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty" + where).params(params).query(Long.class).single();
        List<Difficulty> items = jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_difficulty" + where
                        + " ORDER BY CASE WHEN due_date < :today THEN 0 ELSE 1 END, due_date, created_at, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(DifficultyStore::difficulty).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The overdue difficulties of the units visible to the reader, the most overdue first, in one query: a working group's board. */
    public PageResult<Difficulty> overdueIn(Collection<UUID> units, Visibility visibility, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE unit_id IN (:units) AND state IN (:awaiting) AND due_date < :today");
        Map<String, Object> params = new HashMap<>();
        appendVisibility(visibility, where, params);
        params.put("units", ids(units));
        params.put("awaiting", AWAITING);
        params.put("today", Date.valueOf(today));
        long total = jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty" + where).params(params).query(Long.class).single();
        List<Difficulty> items = jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_difficulty" + where
                        + " ORDER BY due_date, created_at, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(DifficultyStore::difficulty).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every difficulty awaiting its answer whose due date is one of the days. */
    public List<Difficulty> openDueOn(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_difficulty WHERE state IN (:awaiting) "
                        + "AND due_date IN (:days) ORDER BY due_date, created_at")
                .param("days", days.stream().map(Date::valueOf).toList()).param("awaiting", AWAITING)
                .query(DifficultyStore::difficulty).list();
    }

    /** Difficulties other than drafts and declines that no common difficulty holds yet, visible to the reader: candidates for grouping. */
    public List<Difficulty> ungrouped(Visibility visibility, @Nullable Collection<UUID> units) {
        StringBuilder where = new StringBuilder(" WHERE state IN (:groupable) AND NOT EXISTS (SELECT 1 FROM difficulties_common_member m "
                + "WHERE m.difficulty_id = difficulties_difficulty.id)");
        Map<String, Object> params = new HashMap<>();
        params.put("groupable", GROUPABLE);
        appendVisibility(visibility, where, params);
        if (units != null) {
            where.append(" AND unit_id IN (:units)");
            params.put("units", ids(units));
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_difficulty" + where + " ORDER BY created_at, id")
                .params(params).query(DifficultyStore::difficulty).list();
    }

    private static void appendVisibility(Visibility visibility, StringBuilder where, Map<String, Object> params) {
        if (visibility.cityWide()) {
            return;
        }
        where.append(" AND (unit_id IN (:scope) OR (state <> :draft AND (addressee_unit_id IN (:addressedTo) OR confidential = FALSE)))");
        params.put("scope", ids(visibility.scope()));
        params.put("draft", DifficultyState.DRAFT.name());
        params.put("addressedTo", ids(visibility.addressedTo()));
    }

    /** Counts of difficulties that are not drafts, by the two given columns (e.g. unit and category). */
    public List<Count> countBy(String first, String second, @Nullable Collection<UUID> units) {
        if (!List.of("unit_id", "category", "state").containsAll(List.of(first, second))) {
            throw new IllegalArgumentException(first + ", " + second);
        }
        String where = " WHERE state <> :draft" + (units == null ? "" : " AND unit_id IN (:units)");
        var statement = jdbc.sql("SELECT CAST(" + first + " AS VARCHAR(40)) AS a, CAST(" + second + " AS VARCHAR(40)) AS b, COUNT(*) AS n "
                + "FROM difficulties_difficulty" + where + " GROUP BY " + first + ", " + second).param("draft", DifficultyState.DRAFT.name());
        if (units != null) {
            statement = statement.param("units", ids(units));
        }
        return statement.query((rs, row) -> new Count(rs.getString("a"), rs.getString("b"), rs.getLong("n"))).list();
    }

    /** A count for a pair of values. */
    public record Count(String first, String second, long count) {
    }

    /** Answered difficulties (first answer given) and how many of them by their deadline. */
    public long[] answeredOnTime(@Nullable Collection<UUID> units) {
        String where = " WHERE answered_on IS NOT NULL" + (units == null ? "" : " AND unit_id IN (:units)");
        var statement = jdbc.sql("SELECT COUNT(*) AS answered, COALESCE(SUM(CASE WHEN answered_on <= due_date THEN 1 ELSE 0 END), 0) AS on_time "
                + "FROM difficulties_difficulty" + where);
        if (units != null) {
            statement = statement.param("units", ids(units));
        }
        return statement.query((rs, row) -> new long[] {rs.getLong("answered"), rs.getLong("on_time")}).single();
    }

    public long countOverdue(LocalDate today, @Nullable Collection<UUID> units) {
        String where = " WHERE state IN (:awaiting) AND due_date < :today"
                + (units == null ? "" : " AND unit_id IN (:units)");
        var statement = jdbc.sql("SELECT COUNT(*) FROM difficulties_difficulty" + where).param("today", Date.valueOf(today))
                .param("awaiting", AWAITING);
        if (units != null) {
            statement = statement.param("units", ids(units));
        }
        return statement.query(Long.class).single();
    }
}
