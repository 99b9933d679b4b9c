package org.wardops.difficulties.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.audit.AuditTrail;
import org.wardops.shared.Ids;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.text.SearchText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On the first start of a deployment, copies the bundled {@code difficulties/thesaurus.txt} into the thesaurus table
 * (once: a marker row says it was done, so an administrator's deletions stay deleted). A wording that two lines of the
 * file name stays with the first, as the analyzer reading the file would have it (the bundled file has none).
 */
@Component
class ThesaurusSeeder {

    private static final Logger log = LoggerFactory.getLogger(ThesaurusSeeder.class);

    private final GroupingStore store;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    ThesaurusSeeder(GroupingStore store, TransactionTemplate transactions, AuditTrail audit, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnFirstStart() {
        try {
            CurrentActor.runAs(Actor.system(), () -> transactions.executeWithoutResult(status -> seed()));
        } catch (DataIntegrityViolationException e) {
            // another instance starting at the same moment seeded it
            log.info("Grouping thesaurus seeded by another instance");
        }
    }

    void seed() {
        if (!store.markSeeded()) {
            return;
        }
        Instant now = clock.instant();
        Set<String> taken = new HashSet<>();
        int position = 0;
        for (DifficultyTextAnalyzer.Concept concept : DifficultyTextAnalyzer.bundledThesaurus()) {
            List<String> terms = new ArrayList<>();
            for (String term : concat(concept.concept(), concept.wordings())) {
                if (taken.add(SearchText.fold(term))) {
                    terms.add(term);
                }
            }
            if (terms.isEmpty()) {
                continue;
            }
            store.insert(new ThesaurusEntry(Ids.next(), terms, concept.topic(), null, ++position, now, 0));
        }
        store.countRevision();
        audit.record("difficulties.thesaurus.seeded", "Thesaurus", Ids.next(), null, null, Map.of("entries", position));
        log.info("Grouping thesaurus seeded from difficulties/thesaurus.txt: {} entries", position);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
