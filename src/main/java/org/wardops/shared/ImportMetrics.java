package org.wardops.shared;

import io.micrometer.core.instrument.Metrics;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts imports for the operations team (Prometheus, docs/deployment.md): {@code wardops_imports_total{kind, mode,
 * outcome}} per file and {@code wardops_import_rows_total{kind}} per row written. Counted once the import's transaction
 * has committed, so a rolled-back import counts nothing; Spring Boot adds its registries to Micrometer's global one.
 */
public final class ImportMetrics {

    private ImportMetrics() {
    }

    /**
     * @param kind what was imported: {@code units}, {@code assets}, {@code statistics}
     * @param accepted whether the file passed every check (a refused file changes nothing)
     * @param rows the rows written (0 for a dry run or a refused file)
     */
    public static void recorded(String kind, boolean dryRun, boolean accepted, long rows) {
        Runnable count = () -> {
            Metrics.counter("wardops.imports", "kind", kind, "mode", dryRun ? "dry_run" : "commit",
                    "outcome", accepted ? "accepted" : "refused").increment();
            if (!dryRun && accepted && rows > 0) {
                Metrics.counter("wardops.import.rows", "kind", kind).increment(rows);
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
