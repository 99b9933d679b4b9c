package org.wardops.access.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Accounts and their roles. Updates check the version read, so that concurrent edits are detected. */
@Repository
public class AccountStore {

    private static final String COLUMNS = "id, username, password_hash, person_id, unit_id, working_group_id, enabled, language, "
            + "password_changed_at, created_at, version";
    private static final String JOINED = "a.id, a.username, a.password_hash, a.person_id, a.unit_id, a.working_group_id, a.enabled, "
            + "a.language, a.password_changed_at, a.created_at, a.version, r.role";

    private static final ResultSetExtractor<Optional<AccountRow>> ACCOUNT = AccountStore::single;

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with its roles, in one query: every request of a logged-in person reads it. */
    public Optional<AccountRow> find(UUID id) {
        return jdbc.sql("SELECT " + JOINED + " FROM access_account a LEFT JOIN access_account_role r ON r.account_id = a.id "
                        + "WHERE a.id = :id").param("id", id)
                .query(ACCOUNT);
    }

    /** The roles of the enabled accounts of each person (a person without an enabled account is absent). */
    public java.util.Map<UUID, Set<Role>> rolesOfPeople(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, Set<Role>> roles = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("SELECT a.person_id, r.role FROM access_account a JOIN access_account_role r ON r.account_id = a.id "
                        + "WHERE a.enabled = TRUE AND a.person_id IN (:people)")
                .param("people", personIds)
                .query((rs, row) -> roles.computeIfAbsent(rs.getObject(1, UUID.class), person -> java.util.EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        return roles;
    }

    public Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("SELECT " + JOINED + " FROM access_account a LEFT JOIN access_account_role r ON r.account_id = a.id "
                        + "WHERE a.username = :username").param("username", username)
                .query(ACCOUNT);
    }

    /** The account of an API token that is not revoked, with the token's expiry, in one query. */
    public Optional<TokenAccount> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT t.id AS token_id, t.expires_at AS token_expires_at, " + JOINED + " FROM access_api_token t "
                        + "JOIN access_account a ON a.id = t.account_id LEFT JOIN access_account_role r ON r.account_id = a.id "
                        + "WHERE t.token_hash = :hash AND t.revoked_at IS NULL").param("hash", tokenHash)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<TokenAccount>empty();
                    }
                    UUID tokenId = rs.getObject("token_id", UUID.class);
                    Instant expiresAt = rs.getObject("token_expires_at", OffsetDateTime.class).toInstant();
                    return Optional.of(new TokenAccount(tokenId, expiresAt, collect(rs)));
                });
    }

    /** An account found through its token; the token's expiry is checked by the caller against its clock. */
    public record TokenAccount(UUID tokenId, Instant expiresAt, AccountRow account) {
    }

    public PageResult<AccountRow> search(@Nullable String text, PageRequest page) {
        String where = text == null || text.isBlank() ? "" : " WHERE LOWER(username) LIKE :text";
        Map<String, Object> params = new HashMap<>();
        if (!where.isEmpty()) {
            params.put("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM access_account" + where).params(params).query(Long.class).single();
        List<AccountRow> accountsOnPage = jdbc.sql("SELECT " + COLUMNS + " FROM access_account" + where
                        + " ORDER BY username LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(AccountStore::row).list();
        Map<UUID, Set<Role>> roles = roles(accountsOnPage.stream().map(AccountRow::id).toList());
        List<AccountRow> items = accountsOnPage.stream().map(account -> withRoles(account, roles.getOrDefault(account.id(), Set.of()))).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public void insert(AccountRow account) {
        fields(jdbc.sql("INSERT INTO access_account (" + COLUMNS + ", updated_at) VALUES (:id, :username, :hash, :personId, :unitId, "
                + ":groupId, :enabled, :language, :passwordChangedAt, :createdAt, 0, :createdAt)"), account)
                .param("username", account.username())
                .param("createdAt", timestamp(account.createdAt()))
                .update();
        writeRoles(account.id(), account.roles());
    }

    /** Writes every field of the account; false when its version changed since it was read. */
    public boolean update(AccountRow account, Instant now) {
        boolean updated = fields(jdbc.sql("UPDATE access_account SET password_hash = :hash, person_id = :personId, unit_id = :unitId, "
                + "working_group_id = :groupId, enabled = :enabled, language = :language, password_changed_at = :passwordChangedAt, "
                + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version"), account)
                .param("version", account.version())
                .param("now", timestamp(now))
                .update() == 1;
        if (updated) {
            jdbc.sql("DELETE FROM access_account_role WHERE account_id = :id").param("id", account.id()).update();
            writeRoles(account.id(), account.roles());
        }
        return updated;
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec statement, AccountRow account) {
        return statement
                .param("id", account.id())
                .param("hash", account.passwordHash())
                .param("personId", account.personId())
                .param("unitId", account.unitId())
                .param("groupId", account.workingGroupId())
                .param("enabled", account.enabled())
                .param("language", account.language())
                .param("passwordChangedAt", timestamp(account.passwordChangedAt()));
    }

    private void writeRoles(UUID accountId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO access_account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", accountId).param("role", role.name()).update();
        }
    }

    /** The roles of a page of accounts, in one query after the accounts' result set is closed. */
    private Map<UUID, Set<Role>> roles(List<UUID> accountIds) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        if (accountIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("SELECT account_id, role FROM access_account_role WHERE account_id IN (:ids)").param("ids", accountIds)
                .query((rs, row) -> Map.entry(rs.getObject("account_id", UUID.class), Role.valueOf(rs.getString("role"))))
                .list().forEach(entry -> roles.computeIfAbsent(entry.getKey(), id -> EnumSet.noneOf(Role.class)).add(entry.getValue()));
        return roles;
    }

    private static AccountRow withRoles(AccountRow account, Set<Role> roles) {
        return new AccountRow(account.id(), account.username(), account.passwordHash(), account.personId(), account.unitId(),
                account.workingGroupId(), roles, account.enabled(), account.language(), account.passwordChangedAt(),
                account.createdAt(), account.version());
    }

    /** One account from the rows of the account joined with its roles (one row per role, or one row with none). */
    private static Optional<AccountRow> single(ResultSet rs) throws SQLException {
        return rs.next() ? Optional.of(collect(rs)) : Optional.empty();
    }

    /** Reads the account on the current row and its roles from this and the following rows. */
    private static AccountRow collect(ResultSet rs) throws SQLException {
        AccountRow account = row(rs, 0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        do {
            String role = rs.getString("role");
            if (role != null) {
                roles.add(Role.valueOf(role));
            }
        } while (rs.next());
        return withRoles(account, roles);
    }

    private static AccountRow row(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new AccountRow(id, rs.getString("username"), rs.getString("password_hash"), rs.getObject("person_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getObject("working_group_id", UUID.class), Set.of(),
                rs.getBoolean("enabled"), rs.getString("language"),
                rs.getObject("password_changed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
