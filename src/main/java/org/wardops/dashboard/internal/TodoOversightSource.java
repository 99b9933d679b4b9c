package org.wardops.dashboard.internal;

import org.springframework.stereotype.Component;
import org.wardops.access.AccountManagement;
import org.wardops.access.AccountView;
import org.wardops.audit.AuditQuery;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.audit.AuditVerification;
import org.wardops.dashboard.TodoItem;
import org.wardops.dashboard.TodoKind;
import org.wardops.dashboard.TodoLists;
import org.wardops.notifications.MailView;
import org.wardops.notifications.NotificationManagement;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.time.LocalTime;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The roles that keep the system: the volunteer's phone page of the assistance log; for auditors the audit chain's
 * status (a broken chain is work, an intact one a standing line) and the latest changes; for administrators the
 * e-mails that failed after their last attempt, disabled accounts, and the chain too.
 */
@Component
class TodoOversightSource implements TodoSource {

    static final int RECENT_CHANGES = 5;
    /** How many of the newest e-mails and accounts the administrator's lists look through. */
    static final int ADMIN_WINDOW = 200;

    private final AuditTrail audit;
    private final NotificationManagement notifications;
    private final AccountManagement accounts;
    private final TodoTexts texts;

    TodoOversightSource(AuditTrail audit, NotificationManagement notifications, AccountManagement accounts, TodoTexts texts) {
        this.audit = audit;
        this.notifications = notifications;
        this.accounts = accounts;
        this.texts = texts;
    }

    @Override
    public void collect(Actor actor, Set<TodoPolicy.Section> sections, LocalDate today, TodoCollector into) {
        if (sections.contains(TodoPolicy.Section.VOLUNTEER)) {
            into.add(new TodoItem(TodoKind.ASSISTANCE_LOG, texts.t("dashboard.todo.title.assistanceLog"), null, null, false, "/assistance/log",
                    null));
        }
        boolean auditor = sections.contains(TodoPolicy.Section.AUDIT);
        boolean admin = sections.contains(TodoPolicy.Section.ADMINISTRATION);
        if (auditor || admin) {
            chain(into);
        }
        if (auditor) {
            List<AuditRecordView> recent = audit.search(AuditQuery.all(), new PageRequest(0, RECENT_CHANGES)).items();
            into.add(TodoKind.AUDIT_RECENT_CHANGE, recent.size(), recent.stream()
                    .map(entry -> new TodoItem(TodoKind.AUDIT_RECENT_CHANGE, entry.action(), null, null, false,
                            "/audit?entityId=" + entry.entityId(), LocalTime.format(entry.occurredAt()) + " · " + entry.actorName()))
                    .toList());
        }
        if (admin) {
            List<MailView> failed = notifications.outbox(new PageRequest(0, ADMIN_WINDOW)).items().stream()
                    .filter(mail -> "FAILED".equals(mail.status())).toList();
            into.add(TodoKind.MAIL_FAILED, failed.size(), failed.stream().limit(TodoLists.PER_KIND)
                    .map(mail -> new TodoItem(TodoKind.MAIL_FAILED, mail.subject(), null, null, false, "/notifications/outbox", mail.lastError()))
                    .toList());
            List<AccountView> disabled = accounts.find(null, new PageRequest(0, ADMIN_WINDOW)).items().stream()
                    .filter(account -> !account.enabled()).toList();
            into.add(TodoKind.ACCOUNT_DISABLED, disabled.size(), disabled.stream().limit(TodoLists.PER_KIND)
                    .map(account -> new TodoItem(TodoKind.ACCOUNT_DISABLED, account.username(), null, null, false,
                            "/admin/accounts/" + account.id(), null))
                    .toList());
        }
    }

    private void chain(TodoCollector into) {
        AuditVerification verification = audit.verify();
        if (verification.intact()) {
            into.add(new TodoItem(TodoKind.AUDIT_CHAIN_INTACT, texts.t("dashboard.todo.title.chainIntact", verification.recordsChecked()), null,
                    null, false, "/audit/verify", LocalTime.format(verification.verifiedAt())));
        } else {
            into.add(new TodoItem(TodoKind.AUDIT_CHAIN_BROKEN, texts.t("dashboard.todo.title.chainBroken", verification.firstBrokenSeq()), null,
                    null, true, "/audit/verify", verification.problem() == null ? null : texts.t(verification.problem())));
        }
    }
}
