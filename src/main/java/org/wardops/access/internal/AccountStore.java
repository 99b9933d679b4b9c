package org.wardops.access.internal;

import org.jspecify.annotations.Nullable;
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

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_account WHERE id = :id").param("id", id)
                .query(AccountStore::row).optional().map(this::withRoles);
    }

    public Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM access_account WHERE username = :username").param("username", username)
                .query(AccountStore::row).optional().map(this::withRoles);
    }

    public PageResult<AccountRow> search(@Nullable String text, PageRequest page) {
        String where = text == null || text.isBlank() ? "" : " WHERE LOWER(username) LIKE :text";
        Map<String, Object> params = new HashMap<>();
        if (!where.isEmpty()) {
            params.put("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM access_account" + where).params(params).query(Long.class).single();
        List<AccountRow> items = jdbc.sql("SELECT " + COLUMNS + " FROM access_account" + where
                        + " ORDER BY username LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(AccountStore::row).list()
                .stream().map(this::withRoles).toList();
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

    private Set<Role> roles(UUID accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM access_account_role WHERE account_id = :id").param("id", accountId)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    /** Roles are read after the account's result set is closed: a query inside a row mapper borrows a second connection. */
    private AccountRow withRoles(AccountRow account) {
        return new AccountRow(account.id(), account.username(), account.passwordHash(), account.personId(), account.unitId(),
                account.workingGroupId(), roles(account.id()), account.enabled(), account.language(), account.passwordChangedAt(),
                account.createdAt(), account.version());
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
