package org.wardops.difficulties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.shared.Ids;
import org.wardops.shared.security.CurrentActor;
import org.wardops.difficulties.internal.DifficultiesPolicy;
import org.wardops.difficulties.internal.DifficultyFigures;

import java.util.Map;

/**
 * The difficulties' figures published to {@code indicators} ({@code difficulties.submitted},
 * {@code difficulties.answered}, {@code difficulties.answeredOnTime}, {@code difficulties.open} per submitting unit
 * and month of submission): the rebuild that publishes every unit-month again (administrators, the demo).
 */
@Service
public class DifficultyFiguresManagement {

    private final DifficultyFigures figures;
    private final DifficultiesPolicy policy;
    private final AuditTrail audit;

    DifficultyFiguresManagement(DifficultyFigures figures, DifficultiesPolicy policy, AuditTrail audit) {
        this.figures = figures;
        this.policy = policy;
        this.audit = audit;
    }

    /** Publishes every unit-month with submitted difficulties again; answers the number of unit-months. */
    @Transactional
    public int republishAll() {
        policy.requireFiguresRebuild(CurrentActor.get());
        int published = figures.republishAll();
        audit.record("difficulties.figures.republished", "DifficultyFigures", Ids.next(), null, null, Map.of("unitMonths", published));
        return published;
    }

}
