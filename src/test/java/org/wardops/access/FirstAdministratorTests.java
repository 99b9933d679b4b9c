package org.wardops.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A new production deployment (no demo) gets its first administrator from the bootstrap settings, and only then. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-administrator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "wardops.bootstrap.admin.username=quantri",
        "wardops.bootstrap.admin.password=mot-mat-khau-dai-2025"})
class FirstAdministratorTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    @Test
    void createsTheFirstAdministratorAtTheCitysUnit() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_account").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT role FROM access_account_role").query(String.class).list()).containsExactly("SYSTEM_ADMIN");
        assertThat(jdbc.sql("SELECT u.code FROM access_account a, directory_unit u WHERE u.id = a.unit_id").query(String.class).single())
                .isEqualTo("79");
        IssuedToken token = accounts.issueToken("quantri", "mot-mat-khau-dai-2025", "127.0.0.1");
        assertThat(token.token()).startsWith("wo_");
    }
}
