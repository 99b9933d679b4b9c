package org.wardops.dashboard.internal;

import org.springframework.stereotype.Component;
import org.wardops.dashboard.TodoItem;
import org.wardops.dashboard.TodoKind;
import org.wardops.dashboard.TodoLists;
import org.wardops.difficulties.CommonDifficultyManagement;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.MemberView;
import org.wardops.difficulties.ProposalManagement;
import org.wardops.difficulties.ProposalState;
import org.wardops.difficulties.ProposalView;
import org.wardops.difficulties.SuggestionView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.reporting.Completeness;
import org.wardops.reporting.ReportingTodo;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.supervision.SessionSummary;
import org.wardops.supervision.SupervisionManagement;
import org.wardops.supervision.WorkingGroupDashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The bodies that answer and supervise. A working group's leader and members: difficulties to answer (overdue
 * first), reports to review, their units' completeness per open request, sessions coming up, grouping suggestions not
 * yet decided. A department officer: difficulties routed to the department, tasks the department owns. The city
 * leadership: escalated difficulties, proposals waiting for a decision, and the city overview.
 */
@Component
class TodoGroupSource implements TodoSource {

    static final String CITY_OVERVIEW = "/overview";

    private final DifficultyManagement difficulties;
    private final CommonDifficultyManagement commons;
    private final ProposalManagement proposals;
    private final ReportingTodo reporting;
    private final SupervisionManagement supervision;
    private final DirectoryManagement directory;
    private final TodoUnitSource unitSource;
    private final TodoTexts texts;

    TodoGroupSource(DifficultyManagement difficulties, CommonDifficultyManagement commons, ProposalManagement proposals,
                    ReportingTodo reporting, SupervisionManagement supervision, DirectoryManagement directory, TodoUnitSource unitSource,
                    TodoTexts texts) {
        this.difficulties = difficulties;
        this.commons = commons;
        this.proposals = proposals;
        this.reporting = reporting;
        this.supervision = supervision;
        this.directory = directory;
        this.unitSource = unitSource;
        this.texts = texts;
    }

    @Override
    public void collect(Actor actor, Set<TodoPolicy.Section> sections, LocalDate today, TodoCollector into) {
        boolean group = sections.contains(TodoPolicy.Section.WORKING_GROUP);
        boolean department = sections.contains(TodoPolicy.Section.DEPARTMENT);
        boolean city = sections.contains(TodoPolicy.Section.CITY_LEADERSHIP);
        if (group || department || city) {
            inbox(into, city && !group && !department ? TodoKind.DIFFICULTY_ESCALATED : TodoKind.DIFFICULTY_TO_ANSWER);
        }
        if (group) {
            workingGroup(into, Objects.requireNonNull(actor.workingGroupId()), today);
        }
        if (department) {
            unitSource.taskItems(into, TodoKind.TASK_OWNED, Objects.requireNonNull(actor.unitId()), today, LocalDate.MAX);
        }
        if (city) {
            decisions(into, today);
            into.add(new TodoItem(TodoKind.CITY_OVERVIEW, texts.t("dashboard.todo.title.cityOverview"), null, null, false, CITY_OVERVIEW, null));
        }
    }

    /** What awaits the actor's answer, overdue first, as the difficulties module's inbox orders and counts it. */
    private void inbox(TodoCollector into, TodoKind kind) {
        PageResult<DifficultyView> found = difficulties.inbox(new PageRequest(0, TodoLists.PER_KIND));
        into.add(kind, found.total(), found.items().stream()
                .map(d -> new TodoItem(kind, d.title(), d.unitName(), d.dueDate(), d.overdue(), "/difficulties/" + d.id(), d.addresseeName()))
                .toList());
    }

    private void workingGroup(TodoCollector into, UUID groupId, LocalDate today) {
        ReportingTodo.Slice toReview = reporting.lists(TodoLists.PER_KIND).toReview();
        Map<UUID, String> names = directory.units(toReview.first().stream().map(ReportingTodo.ReportTodo::unitId).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name));
        into.add(TodoKind.REPORT_TO_REVIEW, toReview.total(), toReview.first().stream()
                .map(report -> new TodoItem(TodoKind.REPORT_TO_REVIEW, report.requestTitle(), names.get(report.unitId()), null, false,
                        "/reports/" + report.reportId(), null))
                .toList());
        WorkingGroupDashboard board = supervision.dashboard(groupId);
        List<WorkingGroupDashboard.RequestProgress> incomplete = board.requests().stream()
                .filter(progress -> progress.completeness().submitted() < progress.completeness().expected())
                .toList();
        into.add(TodoKind.UNIT_COMPLETENESS, incomplete.size(), incomplete.stream().limit(TodoLists.PER_KIND)
                .map(progress -> completeness(progress, board.group().name(), today)).toList());
        List<SessionSummary> upcoming = board.upcoming();
        into.add(TodoKind.SESSION_UPCOMING, upcoming.size(), upcoming.stream().limit(TodoLists.PER_KIND)
                .map(session -> new TodoItem(TodoKind.SESSION_UPCOMING, session.place(), session.workingGroupName(), session.heldOn(), false,
                        "/sessions/" + session.id(), null))
                .toList());
        List<SuggestionView> suggestions = commons.suggestions(groupId);
        into.add(TodoKind.GROUPING_SUGGESTION, suggestions.size(), suggestions.stream().limit(TodoLists.PER_KIND)
                .map(suggestion -> new TodoItem(TodoKind.GROUPING_SUGGESTION, suggestion.members().stream().findFirst()
                        .map(MemberView::title).orElse(""), null, null, false, "/common-difficulties",
                        texts.t("dashboard.todo.detail.suggestion", suggestion.members().size(), suggestion.unitCount())))
                .toList());
    }

    private TodoItem completeness(WorkingGroupDashboard.RequestProgress progress, String groupName, LocalDate today) {
        Completeness figures = progress.completeness();
        LocalDate deadline = progress.request().deadline();
        return new TodoItem(TodoKind.UNIT_COMPLETENESS, progress.request().title(), groupName, deadline, deadline.isBefore(today),
                "/report-requests/" + progress.request().id(),
                texts.t("dashboard.todo.detail.completeness", figures.submitted(), figures.expected()));
    }

    /** Proposals submitted to the city leadership and not yet decided, the earliest requested date first. */
    private void decisions(TodoCollector into, LocalDate today) {
        List<ProposalView> waiting = proposals.proposals(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(proposal -> proposal.state() == ProposalState.SUBMITTED)
                .toList();
        into.add(TodoKind.PROPOSAL_TO_DECIDE, waiting.size(), waiting.stream().limit(TodoLists.PER_KIND)
                .map(proposal -> new TodoItem(TodoKind.PROPOSAL_TO_DECIDE, proposal.title(), null, proposal.requestedBy(),
                        proposal.requestedBy() != null && proposal.requestedBy().isBefore(today),
                        "/proposals/" + proposal.id(), proposal.decidingBody()))
                .toList());
    }
}
