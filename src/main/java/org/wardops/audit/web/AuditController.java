package org.wardops.audit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.audit.AuditQuery;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.audit.AuditVerification;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.time.LocalDate;
import java.util.UUID;

/** The audit trail for auditors and administrators, with the chain verification. */
@Controller
public class AuditController {

    /** The audit page: one page of records, filters, and the verification result when asked for. */
    public record AuditPageView(PageResult<AuditRecordView> records, @Nullable UUID entityId, @Nullable AuditVerification verification,
                                @Nullable String unit, @Nullable String person, @Nullable LocalDate from, @Nullable LocalDate to) {

        public String pageLink(int page) {
            return "/audit?page=" + page + (entityId == null ? "" : "&entityId=" + entityId) + parameter("unit", unit) + parameter("person", person)
                    + parameter("from", from == null ? null : from.toString()) + parameter("to", to == null ? null : to.toString());
        }

        private static String parameter(String name, @Nullable String value) {
            return value == null || value.isBlank() ? "" : "&" + name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) @Nullable UUID entityId, @RequestParam(required = false) @Nullable Integer page,
                @RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String person,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, Model model) {
        model.addAttribute("view", new AuditPageView(audit.search(unit, person, from, to, entityId, PageRequest.of(page, 50)),
                entityId, null, unit, person, from, to));
        return "audit/records";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        AuditVerification verification = audit.verify();
        model.addAttribute("view", new AuditPageView(audit.search(AuditQuery.all(), PageRequest.of(0, 50)), null, verification, null, null, null, null));
        return "audit/records";
    }
}
