package org.wardops.directory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitImportReport;
import org.wardops.shared.Hashing;
import org.wardops.shared.Ids;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Loads the official unit list shipped with WardOps at start-up, so that every deployment holds the whole country's
 * units as reference data. Skips a file it has already imported; a file with bad rows stops the start-up.
 */
@Component
@Order(0)
class ReferenceUnitsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceUnitsLoader.class);

    private final DirectoryManagement directory;
    private final UnitStore units;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Resource list;
    private final boolean enabled;

    ReferenceUnitsLoader(DirectoryManagement directory, UnitStore units, TransactionTemplate transaction, Clock clock,
                         @Value("${wardops.directory.reference-list:classpath:reference/vn-admin-units-2025.csv}") Resource list,
                         @Value("${wardops.directory.import-on-startup:true}") boolean enabled) {
        this.directory = directory;
        this.units = units;
        this.transaction = transaction;
        this.clock = clock;
        this.list = list;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        Integer resorted = transaction.execute(status -> units.refreshSortKeys());
        if (resorted != null && resorted > 0) {
            log.info("Sort keys of {} units refreshed to the current Vietnamese collation", resorted);
        }
        byte[] content = list.getContentAsByteArray();
        String checksum = Hashing.sha256(content);
        if (units.lastImportChecksum().filter(checksum::equals).isPresent()) {
            log.info("Official unit list unchanged since the last import ({})", checksum.substring(0, 12));
            return;
        }
        UnitImportReport report = CurrentActor.runAs(Actor.system(), () -> transaction.execute(status -> {
            try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
                UnitImportReport result = directory.importOfficialUnits(reader, false);
                if (result.applied()) {
                    units.rememberImport(Ids.next(), checksum, result.provinces() + result.units(), clock.instant());
                }
                return result;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        if (report == null || !report.accepted()) {
            throw new IllegalStateException("The official unit list " + list + " has bad rows: " + (report == null ? "" : report.problems()));
        }
        log.info("Official unit list imported: {} provinces, {} units ({} new, {} changed, {} unchanged)",
                report.provinces(), report.units(), report.created(), report.updated(), report.unchanged());
    }
}
