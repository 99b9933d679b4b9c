package org.wardops.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Which account a provider's person (issuer and subject) is linked to: {@code access_oidc_link}. */
@Component
public class OidcLinkStore {

    private final JdbcClient jdbc;

    OidcLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> find(String issuer, String subject) {
        return jdbc.sql("SELECT account_id FROM access_oidc_link WHERE issuer = :issuer AND subject = :subject")
                .param("issuer", issuer).param("subject", subject).query(UUID.class).optional();
    }

    public boolean linked(String issuer, UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM access_oidc_link WHERE issuer = :issuer AND account_id = :account")
                .param("issuer", issuer).param("account", accountId).query(Long.class).single() > 0;
    }

    public void link(String issuer, String subject, UUID accountId, Instant at) {
        jdbc.sql("INSERT INTO access_oidc_link (issuer, subject, account_id, linked_at) VALUES (:issuer, :subject, :account, :at)")
                .param("issuer", issuer).param("subject", subject).param("account", accountId)
                .param("at", AccountStore.timestamp(at)).update();
    }
}
