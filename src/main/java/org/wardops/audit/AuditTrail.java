package org.wardops.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.internal.AuditLedger;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the audit trail. {@link #record} joins the caller's transaction, so a change and its audit
 * record commit or roll back together; nobody, not even an administrator, can change or delete a record.
 */
@Service
public class AuditTrail {

    private final AuditLedger ledger;

    AuditTrail(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * Appends a record for a change made by the current actor.
     *
     * @param before the record's state before the change, or null when it was created
     * @param after the record's state after the change, or null when it was removed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, UUID entityId, @Nullable UUID unitId,
                       @Nullable Object before, @Nullable Object after) {
        ledger.append(CurrentActor.get(), action, entityType, entityId, unitId, before, after);
    }

    /** The changes of one record, oldest first: all of them for auditors, otherwise those within the actor's scope. */
    @Transactional(readOnly = true)
    public List<AuditRecordView> history(UUID entityId) {
        Actor actor = CurrentActor.get();
        boolean readsEverything = actor.hasAnyRole(Role.AUDITOR, Role.SYSTEM_ADMIN);
        return ledger.history(entityId, readsEverything, actor.scope().cityWide() ? null : actor.scope().unitIds());
    }

    @Transactional(readOnly = true)
    public PageResult<AuditRecordView> search(AuditQuery query, PageRequest page) {
        CurrentActor.requireAnyRole(Role.AUDITOR, Role.SYSTEM_ADMIN);
        return ledger.search(query, page);
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        CurrentActor.requireAnyRole(Role.AUDITOR, Role.SYSTEM_ADMIN);
        return ledger.verify();
    }
}
