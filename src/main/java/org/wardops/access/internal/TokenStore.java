package org.wardops.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.wardops.shared.Hashing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** API tokens: 256 random bits shown once, stored as their SHA-256 hash. */
@Repository
public class TokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "wo_";

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public void save(UUID id, UUID accountId, String token, Instant createdAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO access_api_token (id, account_id, token_hash, created_at, expires_at) "
                        + "VALUES (:id, :accountId, :hash, :createdAt, :expiresAt)")
                .param("id", id).param("accountId", accountId).param("hash", hash(token))
                .param("createdAt", AccountStore.timestamp(createdAt)).param("expiresAt", AccountStore.timestamp(expiresAt))
                .update();
    }

    public boolean revokeOwn(UUID tokenId, UUID accountId, Instant now) {
        return jdbc.sql("UPDATE access_api_token SET revoked_at = :now WHERE id = :id AND account_id = :accountId AND revoked_at IS NULL")
                .param("id", tokenId).param("accountId", accountId).param("now", AccountStore.timestamp(now)).update() == 1;
    }

    public int revokeAllOf(UUID accountId, Instant now) {
        return jdbc.sql("UPDATE access_api_token SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
                .param("accountId", accountId).param("now", AccountStore.timestamp(now)).update();
    }

    static String hash(String token) {
        return Hashing.sha256(token);
    }
}
