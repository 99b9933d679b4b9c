package org.wardops.audit.internal;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wardops.audit.AuditTrail;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.sql.JobLocks;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Anchors the unit chains: every {@code wardops.audit.anchor-interval} (1 minute) and when the application stops,
 * one instance (ShedLock) writes the heads of the unit chains that moved into the shared chain. A unit chain's tail
 * cut off after its last anchor is what the interval risks (docs/scaling.md). Off with
 * {@code wardops.audit.jobs-enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "wardops.audit.jobs-enabled", havingValue = "true", matchIfMissing = true)
class AnchorJob {

    private static final Logger log = LoggerFactory.getLogger(AnchorJob.class);

    private final ObjectProvider<AuditTrail> audit;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    AnchorJob(ObjectProvider<AuditTrail> audit, DataSource dataSource, Clock clock) {
        this.audit = audit;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("audit_shedlock").build()));
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${wardops.audit.anchor-interval:1m}", initialDelayString = "${wardops.audit.anchor-interval:1m}")
    void anchor() {
        executor.executeWithLock((Runnable) () -> {
            int heads = CurrentActor.runAs(Actor.system(), () -> audit.getObject().anchor());
            if (heads > 0) {
                log.info("Audit chains anchored: {} unit chain heads", heads);
            }
        }, new LockConfiguration(clock.instant(), "audit-anchor", Duration.ofMinutes(5), JobLocks.AT_LEAST.dividedBy(10)));
    }

    /** The last records before a planned stop get their anchor too. */
    @EventListener(ContextClosedEvent.class)
    void anchorOnShutdown() {
        try {
            anchor();
        } catch (RuntimeException stopping) {
            // the database may already be gone (tests, a crashed pool): the next start's first anchor covers it
            log.warn("Audit chains not anchored on shutdown: {}", stopping.getMessage());
        }
    }
}
