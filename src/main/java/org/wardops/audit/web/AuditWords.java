package org.wardops.audit.web;

import org.springframework.context.NoSuchMessageException;
import org.wardops.audit.AuditRecordView;
import org.wardops.shared.web.PageContext;

/**
 * An audit record in the reader's words: "Huỳnh Thị Mai (Phường Xóm Chiếu) submitted the difficulty". Each recorded
 * action has a sentence {@code audit.label.did.<action>}; an action without one (a module added later) reads as
 * "… changed: <record kind>".
 */
public final class AuditWords {

    private AuditWords() {
    }

    public static String sentence(PageContext ctx, AuditRecordView entry) {
        try {
            return ctx.t("audit.label.did." + entry.action(), entry.actorLabel());
        } catch (NoSuchMessageException e) {
            return ctx.t("audit.label.did.other", entry.actorLabel(), record(ctx, entry.entityType()));
        }
    }

    /** The kind of record in words ("Difficulty" → "khó khăn"); an unknown kind as recorded. */
    public static String record(PageContext ctx, String entityType) {
        try {
            return ctx.t("audit.label.entity." + entityType);
        } catch (NoSuchMessageException e) {
            return entityType;
        }
    }
}
