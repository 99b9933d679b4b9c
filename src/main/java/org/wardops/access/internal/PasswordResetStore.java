package org.wardops.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.shared.Hashing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Password-reset tokens, stored as SHA-256 hashes; the token itself exists only in the e-mail. */
@Repository
public class PasswordResetStore {

    private final JdbcClient jdbc;

    PasswordResetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a new token for the account; the account's older unused tokens stop working. */
    public void save(UUID id, UUID accountId, String token, Instant now, Instant expiresAt) {
        jdbc.sql("UPDATE access_password_reset SET used_at = :now WHERE account_id = :account AND used_at IS NULL")
                .param("account", accountId).param("now", AccountStore.timestamp(now)).update();
        jdbc.sql("INSERT INTO access_password_reset (id, account_id, token_hash, created_at, expires_at, used_at) "
                        + "VALUES (:id, :account, :hash, :now, :expires, NULL)")
                .param("id", id).param("account", accountId).param("hash", Hashing.sha256(token))
                .param("now", AccountStore.timestamp(now)).param("expires", AccountStore.timestamp(expiresAt)).update();
    }

    /** The account of a token that is known, unused and not expired, without using it. */
    public Optional<UUID> peek(String token, Instant now) {
        return jdbc.sql("SELECT account_id FROM access_password_reset WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("hash", Hashing.sha256(token)).param("now", AccountStore.timestamp(now)).query(UUID.class).optional();
    }

    /** Uses the token once, if it is known, unused and not expired; answers its account. */
    public Optional<UUID> use(String token, Instant now) {
        String hash = Hashing.sha256(token);
        Optional<UUID> account = jdbc.sql("SELECT account_id FROM access_password_reset WHERE token_hash = :hash AND used_at IS NULL "
                        + "AND expires_at > :now")
                .param("hash", hash).param("now", AccountStore.timestamp(now)).query(UUID.class).optional();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        boolean used = jdbc.sql("UPDATE access_password_reset SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
                .param("hash", hash).param("now", AccountStore.timestamp(now)).update() == 1;
        return used ? account : Optional.empty();
    }

    public void changePassword(UUID accountId, String passwordHash, Instant now) {
        jdbc.sql("UPDATE access_account SET password_hash = :hash, password_changed_at = :now, updated_at = :now, version = version + 1 "
                        + "WHERE id = :id")
                .param("id", accountId).param("hash", passwordHash).param("now", AccountStore.timestamp(now)).update();
    }
}
