package org.wardops.shared.sql;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code wardops.datasource.replica.url} set, the application's one {@code DataSource} is a
 * {@link ReplicaRoutingDataSource} over two pools: the primary, configured by {@code spring.datasource.*} (and
 * {@code spring.datasource.hikari.*}) exactly as without a replica, and the replica. Without the URL, Spring Boot's
 * own data source is used and nothing here exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "wardops.datasource.replica", name = "url")
class ReplicaRoutingConfiguration {

    @Bean
    ReplicaRoutingDataSource dataSource(DataSourceProperties properties, ReplicaSettings settings, Environment environment,
                                        ObjectProvider<MeterRegistry> meters) {
        HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
        if (primary.getPoolName() == null) {
            primary.setPoolName("wardops-primary");
        }
        PostgresBatchInserts.apply(primary);
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("wardops-replica");
        replica.setJdbcUrl(settings.url());
        replica.setUsername(settings.username() != null ? settings.username() : properties.determineUsername());
        replica.setPassword(settings.password() != null ? settings.password() : properties.determinePassword());
        replica.setMaximumPoolSize(settings.poolSize());
        replica.setMinimumIdle(0);
        replica.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
        replica.setReadOnly(true);
        // The application starts while the replica is down; reads then fall back to the primary.
        replica.setInitializationFailTimeout(-1);
        return new ReplicaRoutingDataSource(primary, replica, settings, meters.getIfAvailable());
    }
}
