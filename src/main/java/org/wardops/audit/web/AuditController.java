package org.wardops.audit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.audit.AuditQuery;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.audit.AuditVerification;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.util.UUID;

/** The audit trail for auditors and administrators, with the chain verification. */
@Controller
public class AuditController {

    /** The audit page: one page of records, filters, and the verification result when asked for. */
    public record AuditPageView(PageResult<AuditRecordView> records, @Nullable UUID entityId, @Nullable AuditVerification verification) {

        public String pageLink(int page) {
            return "/audit?page=" + page + (entityId == null ? "" : "&entityId=" + entityId);
        }
    }

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) @Nullable UUID entityId, @RequestParam(required = false) @Nullable Integer page,
                Model model) {
        model.addAttribute("view", new AuditPageView(audit.search(new AuditQuery(entityId, null, null), PageRequest.of(page, 50)),
                entityId, null));
        return "audit/records";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        AuditVerification verification = audit.verify();
        model.addAttribute("view", new AuditPageView(audit.search(AuditQuery.all(), PageRequest.of(0, 50)), null, verification));
        return "audit/records";
    }
}
