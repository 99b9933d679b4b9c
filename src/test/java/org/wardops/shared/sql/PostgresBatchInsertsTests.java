package org.wardops.shared.sql;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresBatchInsertsTests {

    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://127.0.0.1:5432/wardops, true",
            "jdbc:postgresql://db/wardops?sslmode=require, true",
            "jdbc:postgresql://db/wardops?reWriteBatchedInserts=false, false",
            "jdbc:h2:mem:wardops;MODE=PostgreSQL, false",
    })
    void onlyPostgresPoolsThatDoNotChooseThemselvesGetBatchRewriting(String url, boolean rewritten) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            new PostgresBatchInserts().postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getDataSourceProperties().containsKey(PostgresBatchInserts.PROPERTY)).isEqualTo(rewritten);
        }
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void aValueTheOperatorConfiguredIsKept(String configured) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:postgresql://db/wardops");
            pool.addDataSourceProperty(PostgresBatchInserts.PROPERTY, configured);
            PostgresBatchInserts.apply(pool);
            assertThat(pool.getDataSourceProperties().getProperty(PostgresBatchInserts.PROPERTY)).isEqualTo(configured);
        }
    }
}
