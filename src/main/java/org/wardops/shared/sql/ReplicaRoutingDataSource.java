package org.wardops.shared.sql;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's data source when a read replica is configured. Work in a {@code @Transactional(readOnly = true)}
 * transaction reads from the replica; everything else (writes, read-write transactions, work outside a transaction)
 * uses the primary. Read-your-writes: after a write transaction commits, the primary's WAL insert position is noted
 * for the acting account; that account's reads go to the replica only once the replica has replayed that far
 * ({@code pg_last_wal_replay_lsn()}), otherwise to the primary. A replica that does not answer sends reads to the
 * primary for {@link ReplicaSettings#retryAfter()}, logged once per such period.
 */
public class ReplicaRoutingDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRoutingDataSource.class);
    private static final ThreadLocal<Boolean> RESOLVING_ACTOR = new ThreadLocal<>();

    private final HikariDataSource primary;
    private final HikariDataSource replica;
    private final WrittenPositions written = new WrittenPositions();
    /** The furthest position the replica was seen to have replayed; it only grows. */
    private final AtomicLong replayed = new AtomicLong();
    /** {@link System#nanoTime()} before which the replica is not tried; 0 when it is up. */
    private final AtomicLong downUntil = new AtomicLong();
    private final long retryNanos;
    private final Reads reads;

    public ReplicaRoutingDataSource(HikariDataSource primary, HikariDataSource replica, ReplicaSettings settings,
                                    @Nullable MeterRegistry meters) {
        this.primary = primary;
        this.replica = replica;
        this.retryNanos = settings.retryAfter().toNanos();
        this.reads = new Reads(meters);
        setTargetDataSource(new Stamping(primary));
        setReadOnlyDataSource(new ReplicaOrPrimary());
        setDefaultAutoCommit(true);
        setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * The acting person, asked before a connection is taken: the first question in a request makes Spring Security
     * load the session, which takes a connection of its own (and must not ask again while it does).
     */
    private static Optional<Actor> actor() {
        if (RESOLVING_ACTOR.get() != null) {
            return Optional.empty();
        }
        RESOLVING_ACTOR.set(Boolean.TRUE);
        try {
            return CurrentActor.find();
        } finally {
            RESOLVING_ACTOR.remove();
        }
    }

    @Override
    public void close() {
        replica.close();
        primary.close();
    }

    /** The primary's connections; a read-write transaction's commit notes its WAL position for the actor. */
    private final class Stamping extends DelegatingDataSource {

        Stamping(DataSource primary) {
            super(primary);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Optional<Actor> actor = actor();
            Connection connection = obtainTargetDataSource().getConnection();
            if (actor.isPresent() && TransactionSynchronizationManager.isSynchronizationActive()
                    && TransactionSynchronizationManager.isActualTransactionActive()
                    && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                TransactionSynchronizationManager.registerSynchronization(new Stamp(actor.get(), connection));
            }
            return connection;
        }
    }

    /** Runs on the transaction's own connection after its commit, before the connection goes back to the pool. */
    private final class Stamp implements TransactionSynchronization {

        private final Actor actor;
        private final Connection connection;

        Stamp(Actor actor, Connection connection) {
            this.actor = actor;
            this.connection = connection;
        }

        @Override
        public void afterCommit() {
            try (Statement statement = connection.createStatement();
                 ResultSet position = statement.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
                position.next();
                written.wrote(actor.accountId(), WalPosition.parse(position.getString(1)), replayed.get());
            } catch (SQLException e) {
                // Without the position, this account's next reads may come from a replica that lags behind its write.
                log.warn("Could not read the primary's WAL position after a commit: {}", e.getMessage());
            }
        }
    }

    /** Read-only work: the replica when it answers and has replayed the actor's writes, else the primary. */
    private final class ReplicaOrPrimary extends AbstractDataSource {

        @Override
        public Connection getConnection() throws SQLException {
            long until = downUntil.get();
            if (until != 0 && System.nanoTime() - until < 0) {
                reads.replicaDown.increment();
                return primary.getConnection();
            }
            Optional<Actor> actor = actor();
            long required = actor.map(a -> written.required(a.accountId())).orElse(0L);
            Connection connection;
            try {
                connection = replica.getConnection();
            } catch (SQLException e) {
                if (downUntil.compareAndSet(until, System.nanoTime() + retryNanos)) {
                    log.warn("The read replica does not answer; read-only work goes to the primary for the next {} s: {}",
                            retryNanos / 1_000_000_000, e.getMessage());
                }
                reads.replicaDown.increment();
                return primary.getConnection();
            }
            if (until != 0 && downUntil.compareAndSet(until, 0)) {
                log.info("The read replica answers again; read-only work goes to it");
            }
            if (required > replayed.get()) {
                long now = replayPosition(connection);
                replayed.accumulateAndGet(now, Math::max);
                if (now < required) {
                    connection.close();
                    reads.ownWrite.increment();
                    return primary.getConnection();
                }
            }
            actor.ifPresent(a -> written.replayed(a.accountId(), replayed.get()));
            reads.replica.increment();
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        /** How far the standby has replayed; a server that is not a standby counts as up to date. */
        private long replayPosition(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet position = statement.executeQuery("SELECT pg_last_wal_replay_lsn()::text")) {
                position.next();
                long replay = WalPosition.parse(position.getString(1));
                return replay < 0 ? Long.MAX_VALUE : replay;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
    }

    /** Counters {@code wardops_datasource_reads_total{target, reason}}, when metrics are on. */
    private static final class Reads {

        final Counter replica;
        final Counter ownWrite;
        final Counter replicaDown;

        Reads(@Nullable MeterRegistry meters) {
            MeterRegistry registry = meters != null ? meters : new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
            replica = counter(registry, "replica", "replica");
            ownWrite = counter(registry, "primary", "own-write");
            replicaDown = counter(registry, "primary", "replica-down");
        }

        private static Counter counter(MeterRegistry registry, String target, String reason) {
            return Counter.builder("wardops.datasource.reads").description("Read-only transactions by where they read")
                    .tag("target", target).tag("reason", reason).register(registry);
        }
    }
}
