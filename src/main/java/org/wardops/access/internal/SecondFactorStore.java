package org.wardops.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.shared.Hashing;
import org.wardops.shared.Ids;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** TOTP secrets and recovery codes (hashed) per account. */
@Repository
public class SecondFactorStore {

    /** An account's TOTP secret; {@code confirmed} once a first code was accepted. */
    public record Totp(UUID accountId, String secret, boolean confirmed, long lastStep) {
    }

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Totp> find(UUID accountId) {
        return jdbc.sql("SELECT account_id, secret, confirmed_at, last_step FROM access_totp WHERE account_id = :id")
                .param("id", accountId)
                .query((rs, row) -> new Totp(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3) != null, rs.getLong(4)))
                .optional();
    }

    /** Starts (or restarts, while unconfirmed) an enrolment with a new secret. */
    public void saveUnconfirmed(UUID accountId, String secret, Instant now) {
        jdbc.sql("DELETE FROM access_totp WHERE account_id = :id").param("id", accountId).update();
        jdbc.sql("INSERT INTO access_totp (account_id, secret, confirmed_at, last_step, created_at) VALUES (:id, :secret, NULL, 0, :now)")
                .param("id", accountId).param("secret", secret).param("now", AccountStore.timestamp(now)).update();
    }

    /**
     * Records the step of an accepted code, only if it is later than the last one accepted: answers false for a
     * replayed code (also when two requests race with the same code).
     */
    public boolean useStep(UUID accountId, long step, Instant now) {
        return jdbc.sql("UPDATE access_totp SET last_step = :step, confirmed_at = COALESCE(confirmed_at, :now) "
                        + "WHERE account_id = :id AND last_step < :step")
                .param("id", accountId).param("step", step).param("now", AccountStore.timestamp(now)).update() == 1;
    }

    public void replaceRecoveryCodes(UUID accountId, List<String> codes) {
        jdbc.sql("DELETE FROM access_recovery_code WHERE account_id = :id").param("id", accountId).update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO access_recovery_code (id, account_id, code_hash, used_at) VALUES (:id, :account, :hash, NULL)")
                    .param("id", Ids.next()).param("account", accountId).param("hash", hashCode(code)).update();
        }
    }

    /** Uses a recovery code once: answers false when it is unknown or already used. */
    public boolean useRecoveryCode(UUID accountId, String code, Instant now) {
        return jdbc.sql("UPDATE access_recovery_code SET used_at = :now WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL")
                .param("id", accountId).param("hash", hashCode(code)).param("now", AccountStore.timestamp(now)).update() == 1;
    }

    public int unusedRecoveryCodes(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM access_recovery_code WHERE account_id = :id AND used_at IS NULL")
                .param("id", accountId).query(Integer.class).single();
    }

    public boolean remove(UUID accountId) {
        jdbc.sql("DELETE FROM access_recovery_code WHERE account_id = :id").param("id", accountId).update();
        return jdbc.sql("DELETE FROM access_totp WHERE account_id = :id").param("id", accountId).update() == 1;
    }

    static String hashCode(String code) {
        return Hashing.sha256(code.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
