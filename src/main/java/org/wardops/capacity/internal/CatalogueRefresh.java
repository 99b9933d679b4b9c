package org.wardops.capacity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a new catalogue snapshot is bundled, stored end-of-support dates follow it at the next start (one indexed
 * update per release). Assets that matched nothing stay "unknown" until they are saved or imported again.
 */
@Component
class CatalogueRefresh {

    private static final Logger log = LoggerFactory.getLogger(CatalogueRefresh.class);

    private final AssetStore assets;
    private final OsCatalogue catalogue;
    private final TransactionTemplate transaction;

    CatalogueRefresh(AssetStore assets, OsCatalogue catalogue, TransactionTemplate transaction) {
        this.assets = assets;
        this.catalogue = catalogue;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        Integer changed = transaction.execute(status -> assets.refreshEndOfSupport(catalogue.releases().values()));
        if (changed != null && changed > 0) {
            log.info("End-of-support dates of {} assets follow the bundled catalogue", changed);
        }
    }
}
