package org.wardops.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.audit.AuditQuery;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.audit.AuditVerification;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "Audit", description = "The audit trail (auditors and system administrators)")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @Operation(operationId = "listAuditRecords", summary = "Audit records, newest first", description = "Filter by entityId, unitId or actorId, or in words: unit (part of a "
            + "unit's name), person (part of a person's name or user name), from and to (days, yyyy-MM-dd, inclusive, Vietnam time)")
    PageResult<AuditRecordView> list(@RequestParam(required = false) @Nullable UUID entityId,
                                     @RequestParam(required = false) @Nullable UUID unitId,
                                     @RequestParam(required = false) @Nullable UUID actorId,
                                     @RequestParam(required = false) @Nullable String unit,
                                     @RequestParam(required = false) @Nullable String person,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                                     @RequestParam(required = false) @Nullable Integer page,
                                     @RequestParam(required = false) @Nullable Integer size) {
        if (unitId != null || actorId != null) {
            return audit.search(new AuditQuery(entityId, unitId, actorId, null, null, from, to), PageRequest.of(page, size));
        }
        return audit.search(unit, person, from, to, entityId, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(operationId = "verifyAuditChain", summary = "Re-compute the hash chain", description = "Reports the first altered, missing or re-linked record")
    AuditVerification verify() {
        return audit.verify();
    }
}
