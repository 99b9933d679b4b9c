package org.wardops.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.RenderedDocument;
import org.wardops.documents.Spreadsheet;
import org.wardops.reporting.internal.ReportStore;
import org.wardops.reporting.internal.RequestStore;
import org.wardops.reporting.internal.TemplateStore;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.PageRequest;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.text.VietnameseCollation;
import org.wardops.shared.time.LocalTime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Report requests and their completeness. Working groups ask the units they supervise; city leaders and
 * administrators may ask any unit. A request and its matrix are read by those who cover the requesting body or the
 * units asked; each sees the rows of the units in their scope.
 */
@Service
@Transactional(readOnly = true)
public class ReportRequestManagement {

    static final Role[] REQUESTERS = {Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.CITY_LEADER, Role.SYSTEM_ADMIN};
    private static final int TITLE_LIMIT = 300;
    private static final int LIST_LIMIT = 200;

    private final RequestStore requests;
    private final ReportStore reports;
    private final TemplateStore templates;
    private final DirectoryManagement directory;
    private final DocumentManagement documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeploymentSettings deployment;

    ReportRequestManagement(RequestStore requests, ReportStore reports, TemplateStore templates, DirectoryManagement directory,
                            DocumentManagement documents, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                            DeploymentSettings deployment) {
        this.deployment = deployment;
        this.requests = requests;
        this.reports = reports;
        this.templates = templates;
        this.directory = directory;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ReportRequestView request(NewReportRequest command) {
        Actor actor = CurrentActor.requireAnyRole(REQUESTERS);
        List<FieldProblem> problems = new ArrayList<>();
        ReportTemplateView template = null;
        if (command.templateId() == null) {
            problems.add(FieldProblem.of("templateId", "reporting.error.request.templateRequired"));
        } else {
            template = templates.find(command.templateId()).orElse(null);
            if (template == null) {
                problems.add(FieldProblem.of("templateId", "reporting.error.template.notFound", command.templateId()));
            }
        }
        Period period = null;
        try {
            period = Period.parse(command.period());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (command.deadline() == null) {
            problems.add(FieldProblem.of("deadline", "reporting.error.request.deadlineRequired"));
        }
        if (command.title() != null && command.title().strip().length() > TITLE_LIMIT) {
            problems.add(FieldProblem.of("title", "shared.error.input.tooLong", TITLE_LIMIT));
        }
        UUID requestedById = requester(actor, command.requestedById());
        if (requestedById == null) {
            problems.add(FieldProblem.of("requestedById", "reporting.error.request.requesterRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitView requester = directory.unit(requestedById);
        if (!actor.covers(requestedById)) {
            throw new AccessRefusedException("reporting.error.request.unitOutsideScope");
        }
        Set<UUID> unitIds = new LinkedHashSet<>(command.unitIds() == null ? List.of() : command.unitIds());
        if (unitIds.isEmpty()) {
            unitIds.addAll(directory.unitsSupervisedBy(requestedById));
        }
        if (unitIds.isEmpty()) {
            throw InvalidInputException.of("unitIds", "reporting.error.request.unitsRequired");
        }
        for (UUID unitId : unitIds) {
            directory.unit(unitId);
            if (!actor.covers(unitId)) {
                throw new AccessRefusedException("reporting.error.request.unitOutsideScope");
            }
        }
        Instant now = clock.instant();
        String title = command.title() == null || command.title().isBlank()
                ? template.name() + " (" + period.text() + ")" : command.title().strip();
        RequestStore.Row row = new RequestStore.Row(Ids.next(), template.id(), period.text(), title, requestedById, command.deadline(), now);
        requests.insert(row);
        List<ReportRequested> asked = new ArrayList<>();
        for (UUID unitId : unitIds) {
            UUID reportId = Ids.next();
            reports.insert(new ReportView(reportId, unitId, row.id(), template.id(), ReportState.DRAFT, 0, Map.of(), null, null, null,
                    null, null, null, null, null, null, null), now);
            asked.add(new ReportRequested(reportId, row.id(), unitId, command.deadline()));
        }
        ReportRequestView created = view(row, template, requester, List.copyOf(unitIds));
        audit.record("reporting.request.created", "ReportRequest", row.id(), requestedById, null, created);
        events.publishEvent(new ReportsRequested(row.id(), requestedById, List.copyOf(unitIds), command.deadline()));
        asked.forEach(events::publishEvent);
        return created;
    }

    public ReportRequestView request(UUID id) {
        Actor actor = CurrentActor.get();
        RequestStore.Row row = requests.find(id).orElseThrow(() -> new ReportNotFoundException("request", id));
        List<UUID> unitIds = reports.unitIds(id);
        requireReads(actor, row, unitIds);
        ReportTemplateView template = templates.find(row.templateId()).orElseThrow();
        return view(row, template, directory.unit(row.requestedById()), unitIds);
    }

    /** The requests the actor may see, latest deadline first. */
    public List<ReportRequestView> requests() {
        Actor actor = CurrentActor.get();
        List<RequestStore.Row> rows;
        if (actor.scope().cityWide()) {
            rows = requests.latest(LIST_LIMIT);
        } else {
            Set<UUID> units = new HashSet<>(actor.scope().unitIds());
            if (actor.unitId() != null) {
                units.add(actor.unitId());
            }
            rows = requests.involving(units, LIST_LIMIT);
        }
        Map<UUID, ReportTemplateView> byId = templates.findAll(rows.stream().map(RequestStore.Row::templateId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ReportTemplateView::id, Function.identity()));
        Map<UUID, UnitView> requesters = directory.units(rows.stream().map(RequestStore.Row::requestedById).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        Map<UUID, List<UUID>> unitIds = reports.unitIdsOf(rows.stream().map(RequestStore.Row::id).toList());
        return rows.stream()
                .map(row -> view(row, byId.get(row.templateId()), requesters.get(row.requestedById()), unitIds.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** The units the actor may ask for reports: a working group's units, or every commune-level unit for city-wide roles. */
    public List<UnitView> requestableUnits() {
        Actor actor = CurrentActor.requireAnyRole(REQUESTERS);
        Set<UUID> ids = actor.workingGroupId() != null && actor.roles().stream().anyMatch(Role::isWorkingGroupRole)
                ? directory.unitsSupervisedBy(actor.workingGroupId()) : Set.of();
        List<UnitView> units = ids.isEmpty() && actor.scope().cityWide()
                ? directory.findUnits(UnitSearch.inProvince(deployment.provinceCode()),
                        new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                        .filter(unit -> unit.type().isCommuneLevel()).toList()
                : directory.units(ids);
        return units.stream().sorted(Comparator.comparing(UnitView::name, VietnameseCollation.comparator())).toList();
    }

    /** Where each unit's report stands, for the units in the actor's scope. */
    public Completeness completeness(UUID requestId, Completeness.Sort sort) {
        Actor actor = CurrentActor.get();
        RequestStore.Row row = requests.find(requestId).orElseThrow(() -> new ReportNotFoundException("request", requestId));
        List<ReportStore.Status> statuses = reports.statuses(requestId);
        requireReads(actor, row, statuses.stream().map(ReportStore.Status::unitId).toList());
        List<ReportStore.Status> visible = statuses.stream().filter(status -> actor.covers(status.unitId())).toList();
        Map<UUID, UnitView> units = directory.units(visible.stream().map(ReportStore.Status::unitId).toList()).stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
        List<Completeness.Entry> entries = visible.stream().map(status -> {
            UnitView unit = units.get(status.unitId());
            String name = unit == null ? status.unitId().toString() : unit.name();
            return new Completeness.Entry(status.unitId(), unit == null ? "" : unit.code(), name, VietnameseCollation.sortKey(name),
                    status.reportId(), status.state(), status.started(), status.firstSubmittedAt());
        }).toList();
        return Completeness.of(requestId, row.period(), row.deadline(), entries, clock.instant(), sort);
    }

    /** The matrix as an XLSX workbook (column titles in Vietnamese, as the offices exchange them). */
    public RenderedDocument completenessWorkbook(UUID requestId) {
        ReportRequestView request = request(requestId);
        Completeness completeness = completeness(requestId, Completeness.Sort.UNIT);
        List<List<Object>> rows = new ArrayList<>();
        for (Completeness.Row row : completeness.rows()) {
            rows.add(List.of(row.unitCode(), row.unitName(), statusText(row.status()),
                    row.firstSubmittedAt() == null ? "" : row.firstSubmittedAt(),
                    row.late() == null ? "" : row.late() ? "Muộn" : "Đúng hạn"));
        }
        rows.add(List.of());
        rows.add(List.of("", "Số đơn vị được yêu cầu", completeness.expected()));
        rows.add(List.of("", "Đã nộp", completeness.submitted()));
        rows.add(List.of("", "Nộp đúng hạn", completeness.onTime()));
        rows.add(List.of("", "Nộp muộn", completeness.late()));
        rows.add(List.of("", "Chưa nộp khi đã quá hạn", completeness.missing()));
        rows.add(List.of("", "Tỷ lệ đã nộp (%)", completeness.submittedPercent()));
        rows.add(List.of("", "Tỷ lệ đúng hạn (%)", completeness.onTimePercent()));
        Spreadsheet sheet = new Spreadsheet("Tình hình nộp báo cáo",
                request.title() + " — hạn nộp " + LocalTime.format(request.deadline()),
                List.of("Mã đơn vị", "Đơn vị", "Tình trạng", "Nộp lần đầu", "Thời hạn"), rows);
        return documents.spreadsheet(sheet, "tinh-hinh-nop-bao-cao-" + request.period());
    }

    private static String statusText(Completeness.Status status) {
        return switch (status) {
            case NOT_STARTED -> "Chưa bắt đầu";
            case DRAFT -> "Đang soạn";
            case SUBMITTED_ON_TIME -> "Đã nộp đúng hạn";
            case SUBMITTED_LATE -> "Đã nộp muộn";
            case RETURNED -> "Trả lại để bổ sung";
            case ACCEPTED -> "Đã tiếp nhận";
            case MISSING -> "Chưa nộp (quá hạn)";
        };
    }

    private static @Nullable UUID requester(Actor actor, @Nullable UUID requested) {
        if (requested != null) {
            return requested;
        }
        if (actor.workingGroupId() != null && actor.roles().stream().anyMatch(Role::isWorkingGroupRole)) {
            return actor.workingGroupId();
        }
        return actor.unitId();
    }

    private static void requireReads(Actor actor, RequestStore.Row row, List<UUID> unitIds) {
        if (!actor.covers(row.requestedById()) && unitIds.stream().noneMatch(actor::covers)) {
            throw AccessRefusedException.outsideScope();
        }
    }

    private static ReportRequestView view(RequestStore.Row row, ReportTemplateView template, UnitView requester, List<UUID> unitIds) {
        return new ReportRequestView(row.id(), row.templateId(), template.name(), template.version(), row.period(), row.title(),
                row.requestedById(), requester.name(), row.deadline(), unitIds, row.createdAt());
    }
}
