package org.wardops.shared.sql;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Turns on the PostgreSQL driver's {@code reWriteBatchedInserts} for every pool that talks to PostgreSQL, unless the
 * URL sets it itself: a JDBC batch of inserts then travels as multi-row {@code INSERT}s instead of one statement per
 * row. Bulk writes (statistics and asset imports, the rebuild of the score tables) run about 1.5 to 1.7 times faster
 * (docs/benchmarks.md); nothing else changes. H2 pools are left alone (H2 refuses unknown connection settings).
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    /** Sets the property on a pool that has not started yet; a no-op for other databases and for URLs that set it. */
    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(PROPERTY)
                && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
            pool.addDataSourceProperty(PROPERTY, "true");
        }
    }
}
