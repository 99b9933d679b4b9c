package org.wardops.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.dashboard.internal.TodoCollector;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.SaveDifficulty;
import org.wardops.difficulties.Severity;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.NewUnit;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.reporting.NewReportRequest;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportingFixtures;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.security.Scope;
import org.wardops.shared.time.LocalTime;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import org.wardops.tasks.SaveTask;
import org.wardops.tasks.TaskManagement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each role's to-do list against a hand-built set of records: a unit and a working group made for the test (outside
 * the city, so no other test's counts move; the group asks the unit for reports), with people acting as its officer,
 * leader, working-group leader and a department officer, first with nothing at all (the empty lists) and then with
 * reports and tasks in every state a list picks up — and some it must leave out. Difficulties, which only commune-level
 * units raise, go through the story's ward.
 */
class TodoListsIntegrationTests extends IntegrationTest {

    @Autowired
    TodoLists todo;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    ReportRequestManagement requests;
    @Autowired
    ReportManagement reports;
    @Autowired
    DifficultyManagement difficulties;
    @Autowired
    TaskManagement tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    Actors actors;
    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;

    LocalDate today;
    UnitView unit;
    UnitView group;
    UnitView department;
    Actor officer;
    Actor leader;
    Actor groupLead;
    Actor departmentOfficer;

    @BeforeEach
    void freshUnitAndGroup() {
        today = LocalDate.now(LocalTime.VIETNAM);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        unit = system(() -> directory.createUnit(new NewUnit("T11-U-" + suffix, "Đơn vị thử " + suffix, UnitType.OTHER, null)));
        group = system(() -> directory.createUnit(new NewUnit("T11-G-" + suffix, "Tổ thử " + suffix, UnitType.WORKING_GROUP, null)));
        department = system(() -> directory.createUnit(new NewUnit("T11-D-" + suffix, "Sở thử " + suffix, UnitType.DEPARTMENT, null)));
        officer = actor("officer", unit, null, Role.UNIT_OFFICER, Set.of(unit.id()));
        leader = actor("leader", unit, null, Role.UNIT_LEADER, Set.of(unit.id()));
        groupLead = actor("lead", group, group.id(), Role.WORKING_GROUP_LEADER, Set.of(group.id(), unit.id()));
        departmentOfficer = actor("dept", department, null, Role.DEPARTMENT_OFFICER, Set.of(department.id()));
    }

    @Test
    void withNothingRecordedTheListsAreEmptyAndSayWhatIsFine() {
        TodoList ofLeader = as(leader, todo::mine);
        assertThat(ofLeader.items()).isEmpty();
        assertThat(ofLeader.counts()).isEmpty();
        assertThat(ofLeader.nothingWaiting()).isTrue();
        assertThat(ofLeader.sections()).containsExactly("UNIT_LEADER");
        assertThat(as(groupLead, todo::mine).items()).isEmpty();
        assertThat(as(departmentOfficer, todo::mine).items()).isEmpty();
        // The officer's only item is the capacity data the new unit never recorded: not work with a deadline.
        TodoList ofOfficer = as(officer, todo::mine);
        assertThat(ofOfficer.items()).extracting(TodoItem::kind, TodoItem::overdue, TodoItem::link)
                .containsExactly(tuple(TodoKind.CAPACITY_OUTDATED, false, "/capacity/units/" + unit.id()));
    }

    @Test
    void eachRoleSeesItsOwnPartOfTheRecordsMostUrgentFirst() {
        ReportingFixtures fixtures = new ReportingFixtures(jdbc, actors, requests);
        UUID toFill = report(fixtures, "Báo cáo cần nhập", today.plusDays(10));
        UUID ready = report(fixtures, "Báo cáo đã trình ký", today.minusDays(2));
        as(officer, () -> reports.saveDraft(ready, 0, ReportingFixtures.COMPLETE, List.of()));
        as(officer, () -> reports.markReadyForSignature(ready));
        UUID submitted = report(fixtures, "Báo cáo đã gửi", today.plusDays(3));
        as(officer, () -> reports.saveDraft(submitted, 0, ReportingFixtures.COMPLETE, List.of()));
        as(leader, () -> reports.submit(submitted));
        UUID returned = report(fixtures, "Báo cáo bị trả lại", today.plusDays(5));
        as(officer, () -> reports.saveDraft(returned, 0, ReportingFixtures.COMPLETE, List.of()));
        as(leader, () -> reports.submit(returned));
        as(groupLead, () -> reports.returnForCorrection(returned, "Bổ sung số liệu tháng 11."));

        task("Nhiệm vụ quá hạn", today.minusDays(1));
        task("Nhiệm vụ đến hạn trong tuần", today.plusDays(3));
        task("Nhiệm vụ còn xa", today.plusDays(30));

        TodoList ofOfficer = as(officer, todo::mine);
        assertThat(ofOfficer.items()).extracting(TodoItem::kind, TodoItem::title).containsExactly(
                tuple(TodoKind.TASK_DUE, "Nhiệm vụ quá hạn"),
                tuple(TodoKind.TASK_DUE, "Nhiệm vụ đến hạn trong tuần"),
                tuple(TodoKind.REPORT_RETURNED, "Báo cáo bị trả lại"),
                tuple(TodoKind.REPORT_TO_FILL, "Báo cáo cần nhập"),
                tuple(TodoKind.CAPACITY_OUTDATED, ofOfficer.items().getLast().title()));
        assertThat(ofOfficer.items()).isSortedAccordingTo(TodoCollector.URGENCY);
        assertThat(ofOfficer.items().get(2).detail()).isEqualTo("Bổ sung số liệu tháng 11.");
        assertThat(ofOfficer.items().get(3).link()).isEqualTo("/reports/" + toFill);
        assertThat(ofOfficer.counts()).containsEntry(TodoKind.TASK_DUE, 2L).containsEntry(TodoKind.REPORT_TO_FILL, 1L)
                .containsEntry(TodoKind.REPORT_RETURNED, 1L).doesNotContainKey(TodoKind.REPORT_TO_SIGN);

        TodoList ofLeader = as(leader, todo::mine);
        assertThat(ofLeader.items()).extracting(TodoItem::kind, TodoItem::title, TodoItem::overdue).startsWith(
                tuple(TodoKind.REPORT_TO_SIGN, "Báo cáo đã trình ký", true),
                tuple(TodoKind.REPORT_RETURNED, "Báo cáo bị trả lại", false));
        assertThat(ofLeader.items()).extracting(TodoItem::kind).containsOnly(TodoKind.REPORT_TO_SIGN, TodoKind.REPORT_RETURNED,
                TodoKind.YEAR_END_REVIEW);
        assertThat(ofLeader.items().getFirst().link()).isEqualTo("/reports/" + ready);
        assertThat(ofLeader.items().getFirst().detail()).isEqualTo(officer.displayName());
        assertThat(system(() -> audit.history(ready))).extracting(AuditRecordView::action).contains("reporting.report.markedReady");

        TodoList ofGroup = as(groupLead, todo::mine);
        assertThat(ofGroup.items().getFirst()).extracting(TodoItem::kind, TodoItem::title, TodoItem::overdue)
                .containsExactly(TodoKind.UNIT_COMPLETENESS, "Báo cáo đã trình ký", true);
        assertThat(ofGroup.items()).filteredOn(item -> item.kind() == TodoKind.REPORT_TO_REVIEW).extracting(TodoItem::link, TodoItem::unitName)
                .containsExactly(tuple("/reports/" + submitted, unit.name()));
        assertThat(ofGroup.counts()).containsEntry(TodoKind.REPORT_TO_REVIEW, 1L).doesNotContainKey(TodoKind.DIFFICULTY_TO_ANSWER);
        assertThat(ofGroup.items()).filteredOn(item -> item.kind() == TodoKind.UNIT_COMPLETENESS).extracting(TodoItem::title)
                .contains("Báo cáo đã trình ký", "Báo cáo cần nhập").doesNotContain("Báo cáo đã gửi");
        assertThat(ofGroup.items()).isSortedAccordingTo(TodoCollector.URGENCY);

        assertThat(as(departmentOfficer, todo::mine).items()).isEmpty();
    }

    /** Difficulties belong to commune-level units only, so this part uses the story's ward and working group no. 15. */
    @Test
    void aDifficultyGoesFromTheLeadersListToTheGroupsAndBackToTheOfficersAsAnswered() {
        UUID xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        String category = actors.as("xomchieu.officer", difficulties::categories).getFirst().code();
        String title = "Khó khăn kiểm thử trang chủ " + UUID.randomUUID().toString().substring(0, 8);
        DifficultyView draft = actors.as("xomchieu.officer", () -> difficulties.create(new SaveDifficulty(xomChieu, title,
                "Mô tả khó khăn kiểm thử.", category, Severity.values()[0], "Kiến nghị kiểm thử.", null, null, null, false)));
        assertThat(actors.as("xomchieu.chair", todo::mine).items()).filteredOn(item -> item.kind() == TodoKind.DIFFICULTY_TO_SIGN)
                .extracting(TodoItem::link).contains("/difficulties/" + draft.id());
        assertThat(actors.as("xomchieu.officer", todo::mine).items()).extracting(TodoItem::title).doesNotContain(title);

        DifficultyView submitted = actors.as("xomchieu.chair", () -> difficulties.submit(draft.id(), draft.version()));
        jdbc.sql("UPDATE difficulties_difficulty SET due_date = :day WHERE id = :id").param("day", LocalDate.of(2025, 11, 19))
                .param("id", submitted.id()).update();
        TodoItem first = actors.as("wg15.lead", todo::mine).items().getFirst();
        assertThat(first).extracting(TodoItem::kind, TodoItem::title, TodoItem::overdue, TodoItem::link)
                .containsExactly(TodoKind.DIFFICULTY_TO_ANSWER, title, true, "/difficulties/" + submitted.id());
        assertThat(actors.as("xomchieu.chair", todo::mine).items()).extracting(TodoItem::title).doesNotContain(title);

        actors.as("wg15.lead", () -> difficulties.answer(submitted.id(), submitted.version(), "Tổ công tác đã kiến nghị Sở Nội vụ."));
        assertThat(actors.as("wg15.lead", todo::mine).items()).extracting(TodoItem::title).doesNotContain(title);
        assertThat(actors.as("xomchieu.officer", todo::mine).items()).filteredOn(item -> item.kind() == TodoKind.DIFFICULTY_TO_CONFIRM)
                .extracting(TodoItem::title).contains(title);
    }

    @Test
    void theApiAnswersTheSameListForADemoAccount() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/me/todo").with(actors.session("wg15.lead"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var body = api.read(result);
        TodoList expected = actors.as("wg15.lead", todo::mine);
        assertThat(body.path("items").size()).isEqualTo(expected.items().size());
        if (!expected.items().isEmpty()) {
            var first = body.path("items").get(0);
            assertThat(first.path("kind").asString()).isEqualTo(expected.items().getFirst().kind().name());
            assertThat(first.path("link").asString()).isEqualTo(expected.items().getFirst().link());
            assertThat(first.has("title") && first.has("unitName") && first.has("dueDate") && first.has("overdue")).isTrue();
        }
        expected.counts().forEach((kind, count) -> assertThat(body.path("counts").path(kind.name()).asLong()).isEqualTo(count));
    }

    @Test
    void theHomePageListsTheItemsAndAnHtmxRequestGetsThePartOnly() throws Exception {
        MvcResult page = mvc.perform(get("/").with(actors.session("wg15.lead"))).andReturn();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("id=\"todo\"").contains("<html");
        MvcResult partial = mvc.perform(get("/").header("HX-Request", "true").with(actors.session("wg15.lead"))).andReturn();
        String part = partial.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(part).contains("id=\"todo\"").doesNotContain("<html");
    }

    private UUID report(ReportingFixtures fixtures, String title, LocalDate deadline) {
        UUID request = system(() -> requests.request(new NewReportRequest(fixtures.templateId(), "2026-11", List.of(unit.id()), deadline,
                title, group.id()))).id();
        return jdbc.sql("SELECT id FROM reporting_report WHERE request_id = :request").param("request", request).query(UUID.class).single();
    }

    private void task(String title, LocalDate due) {
        as(groupLead, () -> tasks.create(new SaveTask(title, "Nhiệm vụ kiểm thử.", null, null, unit.id(), null, today.minusDays(20), due,
                null, false, null, null, null)));
    }

    private Actor actor(String name, UnitView of, UUID workingGroupId, Role role, Set<UUID> scope) {
        return new Actor(UUID.randomUUID(), "t11." + name + "." + of.code(), "Người thử " + name, null, of.id(), of.name(), workingGroupId,
                Set.of(role), Scope.units(scope));
    }

    private static <T> T system(Supplier<T> work) {
        return CurrentActor.runAs(Actor.system(), work);
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        return CurrentActor.runAs(actor, work);
    }
}
