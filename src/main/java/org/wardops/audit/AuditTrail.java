package org.wardops.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.internal.AuditLedger;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.ActorDirectory;
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
    private final ObjectProvider<ActorDirectory> names;

    AuditTrail(AuditLedger ledger, ObjectProvider<ActorDirectory> names) {
        this.ledger = ledger;
        this.names = names;
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
        return labelled(ledger.history(entityId, readsEverything, actor.scope().cityWide() ? null : actor.scope().unitIds()));
    }

    @Transactional(readOnly = true)
    public PageResult<AuditRecordView> search(AuditQuery query, PageRequest page) {
        CurrentActor.requireAnyRole(Role.AUDITOR, Role.SYSTEM_ADMIN);
        PageResult<AuditRecordView> found = ledger.search(query, page);
        return new PageResult<>(labelled(found.items()), found.page(), found.size(), found.total());
    }

    /**
     * The audit list searched by words: a unit's name, a person's name or user name, and a range of days; blank
     * filters are left out.
     */
    @Transactional(readOnly = true)
    public PageResult<AuditRecordView> search(@Nullable String unit, @Nullable String person, java.time.@Nullable LocalDate from,
                                              java.time.@Nullable LocalDate to, @Nullable UUID entityId, PageRequest page) {
        CurrentActor.requireAnyRole(Role.AUDITOR, Role.SYSTEM_ADMIN);
        ActorDirectory directory = names.getIfAvailable();
        java.util.Set<UUID> units = unit == null || unit.isBlank() || directory == null ? null : directory.unitsNamed(unit);
        java.util.Set<UUID> people = person == null || person.isBlank() || directory == null ? null : directory.accountsNamed(person);
        return search(new AuditQuery(entityId, null, null, units, people, from, to), page);
    }

    private List<AuditRecordView> labelled(List<AuditRecordView> records) {
        ActorDirectory directory = names.getIfAvailable();
        if (directory == null || records.isEmpty()) {
            return records;
        }
        java.util.Map<UUID, String> labels = directory.describe(records.stream().map(AuditRecordView::actorId).distinct().toList());
        return records.stream().map(entry -> labels.containsKey(entry.actorId()) ? entry.withActorLabel(labels.get(entry.actorId())) : entry).toList();
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        CurrentActor.requireAnyRole(Role.AUDITOR, Role.SYSTEM_ADMIN);
        AuditVerification verification = ledger.verify();
        ActorDirectory directory = names.getIfAvailable();
        if (verification.brokenChainId() == null || directory == null) {
            return verification;
        }
        return verification.withChainName(directory.unitName(verification.brokenChainId()));
    }

    /**
     * Writes the heads of the unit chains that moved since the last anchor into the shared chain (the anchor job, and
     * on shutdown); returns how many it named.
     */
    @Transactional
    public int anchor() {
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN);
        return ledger.anchor(CurrentActor.get());
    }
}
