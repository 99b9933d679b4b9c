package org.wardops.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.directory.DirectoryManagement;
import org.wardops.indicators.IndicatorManagement;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The city overview, its briefing and the unit page end to end, on H2 and PostgreSQL, against an overview set built in the test. */
class OverviewIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    IndicatorManagement indicators;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    UUID strong;
    UUID weak;
    UUID empty;

    @BeforeEach
    void overviewSet() {
        OverviewFixture.ensure(actors, indicators, directory, events, transaction);
        strong = OverviewFixture.unit(actors, directory, OverviewFixture.STRONG);
        weak = OverviewFixture.unit(actors, directory, OverviewFixture.WEAK);
        empty = OverviewFixture.unit(actors, directory, OverviewFixture.EMPTY);
    }

    @Test
    void ranksUnitsOnTheOverviewSetAndShowsNoDataAsNoData() throws Exception {
        JsonNode page = overview("leader", "&size=500");
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        JsonNode first = row(page, strong);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("total").decimalValue()).isEqualByComparingTo("29");
        assertThat(first.get("max").decimalValue()).isEqualByComparingTo("30");
        assertThat(first.get("band").asString()).isEqualTo("EXCELLENT");
        JsonNode second = row(page, weak);
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        assertThat(second.get("total").decimalValue()).isEqualByComparingTo("11");
        assertThat(second.get("band").asString()).isEqualTo("WEAK");
        JsonNode none = row(page, empty);
        assertThat(none.get("rank").isNull()).isTrue();
        assertThat(none.get("total").isNull()).isTrue();
        assertThat(none.get("areas").get(0).get("points").isNull()).isTrue();
        assertThat(none.get("figures").get(0).get("rate").isNull()).isTrue();
        // ranked units first, by rank; then the units without data
        assertThat(page.get("items").get(0).get("unitId").asString()).isEqualTo(strong.toString());
        assertThat(page.get("items").get(1).get("unitId").asString()).isEqualTo(weak.toString());
    }

    @Test
    void everyFigureCarriesItsNumbersAndTheLinkToTheRecordsBehindIt() throws Exception {
        JsonNode row = row(overview("leader", "&size=500"), weak);
        JsonNode overdue = figure(row, "overviewtest.tasksOverdue");
        assertThat(overdue.get("numerator").decimalValue()).isEqualByComparingTo("5");
        assertThat(overdue.get("denominator").decimalValue()).isEqualByComparingTo("10");
        assertThat(overdue.get("points").decimalValue()).isEqualByComparingTo("5");
        assertThat(overdue.get("max").decimalValue()).isEqualByComparingTo("10");
        assertThat(overdue.get("link").asString()).isEqualTo("/tasks?unitId=" + weak + "&state=IN_PROGRESS_OVERDUE&dueMonth=" + OverviewFixture.PERIOD);
        JsonNode reports = figure(row, "overviewtest.reportsOnTime");
        assertThat(reports.get("rate").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(reports.get("points").decimalValue()).isEqualByComparingTo("6");
        JsonNode tasksArea = area(row, "TASKS");
        assertThat(tasksArea.get("points").decimalValue()).isEqualByComparingTo("5");
        assertThat(tasksArea.get("band").asString()).isEqualTo("WEAK");
        assertThat(tasksArea.get("link").asString()).isEqualTo(overdue.get("link").asString());
        assertThat(row.get("link").asString()).isEqualTo("/units/" + weak + "/summary?period=" + OverviewFixture.PERIOD);
        // the cell's link opens the tasks list filtered to the unit and the state the figure counts
        MvcResult list = mvc.perform(get("/tasks").param("unitId", weak.toString()).param("state", "IN_PROGRESS_OVERDUE")
                .with(actors.session("leader"))).andReturn();
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aWorkingGroupSeesOnlyItsUnitsAndIsRefusedAnotherGroup() throws Exception {
        UUID group = actors.actor("wg15.lead").workingGroupId();
        Set<UUID> supervised = actors.as("admin", () -> directory.unitsSupervisedBy(group));
        for (String user : List.of("wg15.lead", "wg15.member")) {
            JsonNode page = overview(user, "&size=500");
            assertThat(unitIds(page)).isNotEmpty().allMatch(supervised::contains);
            assertThat(unitIds(page)).contains(strong, weak, empty);
        }
        JsonNode filtered = overview("leader", "&size=500&workingGroupId=" + group);
        assertThat(unitIds(filtered)).containsExactlyInAnyOrderElementsOf(supervised.stream()
                .filter(id -> actors.as("admin", () -> directory.unit(id).type().isCommuneLevel())).toList());
        UUID other = actors.as("admin", () -> directory.workingGroups(indicators.provinceUnit().code())).stream()
                .map(unit -> unit.id()).filter(id -> !id.equals(group)).findFirst().orElseThrow();
        MvcResult refused = mvc.perform(get("/api/v1/overview").param("workingGroupId", other.toString())
                .header("Authorization", api.bearer("wg15.lead"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.read(refused).get("detail").asString()).isEqualTo("Tổ công tác này nằm ngoài phạm vi của bạn.");
        assertThat(mvc.perform(get("/overview").param("workingGroupId", other.toString()).with(actors.session("wg15.member")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void unitPeopleAreRefusedTheCityOverviewAndSeeTheirUnitsPage() throws Exception {
        for (String user : List.of("xomchieu.officer", "xomchieu.chair", "dept.sci", "volunteer.xomchieu")) {
            MvcResult api403 = mvc.perform(get("/api/v1/overview").header("Authorization", api.bearer(user))).andReturn();
            assertThat(api403.getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(mvc.perform(get("/overview").with(actors.session(user))).andReturn().getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(mvc.perform(get("/api/v1/overview/briefing").header("Authorization", api.bearer(user))).andReturn().getResponse().getStatus())
                    .as(user).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/units/" + strong + "/summary").with(actors.session("xomchieu.officer"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MvcResult other = mvc.perform(get("/api/v1/units/" + weak + "/summary").header("Authorization", api.bearer("xomchieu.officer"))).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.read(other).get("detail").asString()).isEqualTo("Đơn vị này nằm ngoài phạm vi của bạn.");
    }

    @Test
    void badInputAndFuturePeriodsAreLocalised400s() throws Exception {
        String leader = api.bearer("leader");
        String future = indicators.currentMonth().code().substring(0, 4).equals("2100") ? "2100-12" : (Integer.parseInt(indicators.currentMonth().code().substring(0, 4)) + 1) + "-01";
        MvcResult futureResult = mvc.perform(get("/api/v1/overview").param("period", future).header("Authorization", leader)).andReturn();
        assertThat(futureResult.getResponse().getStatus()).isEqualTo(400);
        assertThat(futureResult.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Kỳ " + future + " chưa đến");
        for (String[] bad : List.of(new String[]{"period", "03/2024"}, new String[]{"workingGroupId", "not-a-uuid"}, new String[]{"unitType", "DEPARTMENT"},
                new String[]{"unitType", "CASTLE"}, new String[]{"page", "-1"}, new String[]{"size", "100000"})) {
            MvcResult result = mvc.perform(get("/api/v1/overview").param(bad[0], bad[1]).header("Authorization", leader)).andReturn();
            assertThat(result.getResponse().getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
        }
        assertThat(mvc.perform(get("/api/v1/overview/briefing").param("period", OverviewFixture.PERIOD).param("format", "odt")
                .header("Authorization", leader)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/units/" + strong + "/summary").param("period", future).header("Authorization", leader))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/overview").param("period", future).with(actors.session("leader"))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void filtersByUnitTypeAndPages() throws Exception {
        JsonNode wards = overview("leader", "&size=500&unitType=WARD");
        assertThat(wards.get("items")).allMatch(row -> row.get("unitType").asString().equals("WARD"));
        JsonNode communes = overview("leader", "&size=500&unitType=COMMUNE");
        assertThat(communes.get("items")).allMatch(row -> row.get("unitType").asString().equals("COMMUNE"));
        JsonNode all = overview("leader", "&size=500");
        assertThat(wards.get("total").asLong() + communes.get("total").asLong()).isLessThanOrEqualTo(all.get("total").asLong());
        JsonNode firstPage = overview("leader", "&size=2&page=0");
        JsonNode secondPage = overview("leader", "&size=2&page=1");
        assertThat(firstPage.get("items").size()).isEqualTo(2);
        assertThat(firstPage.get("total").asLong()).isEqualTo(all.get("total").asLong());
        assertThat(unitIds(firstPage)).doesNotContainAnyElementsOf(unitIds(secondPage));
        assertThat(unitIds(firstPage)).containsExactly(strong, weak);
    }

    @Test
    void thePageShowsWeightsLegendTrendChartAndARedCellLinkingToTheRecords() throws Exception {
        String html = mvc.perform(get("/overview").param("period", OverviewFixture.PERIOD).with(actors.session("leader")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<svg", "<title id=\"overview-trend-title\">", "<desc id=\"overview-trend-desc\">", "Chưa có số liệu")
                .contains("Trọng số (tối đa 30 điểm)", "Báo cáo đúng hạn", "Yếu (dưới 70 %)")
                .contains("data-band=\"WEAK\" href=\"/tasks?unitId=" + weak + "&amp;state=IN_PROGRESS_OVERDUE&amp;dueMonth=" + OverviewFixture.PERIOD + "\"")
                .contains("/overview/briefing?period=" + OverviewFixture.PERIOD + "&amp;format=docx&amp;style=state")
                .doesNotContain("<script>");
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(400_000);
        String english = mvc.perform(get("/overview").param("period", OverviewFixture.PERIOD).param("lang", "en").with(actors.session("auditor")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("No data");
    }

    @Test
    void theBriefingDownloadsAsDocxAndPdfInBothFormats() throws Exception {
        String leader = api.bearer("leader");
        for (String style : List.of("state", "party")) {
            MvcResult docx = mvc.perform(get("/api/v1/overview/briefing").param("period", OverviewFixture.PERIOD).param("format", "docx")
                    .param("style", style).header("Authorization", leader)).andReturn();
            assertThat(docx.getResponse().getStatus()).isEqualTo(200);
            assertThat(docx.getResponse().getContentType()).contains("wordprocessingml");
            byte[] bytes = docx.getResponse().getContentAsByteArray();
            assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            String text = docxText(bytes);
            assertThat(text).contains("BÁO CÁO", "Bảng xếp hạng", "Các đơn vị cần quan tâm", "Chưa có số liệu");
            assertThat(text).contains(style.equals("state") ? "ỦY BAN NHÂN DÂN" : "THÀNH ỦY");
            MvcResult pdf = mvc.perform(get("/overview/briefing").param("period", OverviewFixture.PERIOD).param("format", "pdf")
                    .param("style", style).with(actors.session("leader"))).andReturn();
            assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
            assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        }
    }

    @Test
    void theUnitPageFiguresEqualTheRecordsItLinksTo() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        String month = indicators.currentMonth().code();
        // the published figures follow the log after its commit (an event): wait until the read model has caught up
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() ->
                assistanceTotal(officer).compareTo(entries(officer, month)) == 0);
        JsonNode summary = api.read(mvc.perform(get("/api/v1/units/" + strong + "/summary").header("Authorization", officer)).andReturn());
        assertThat(summary.get("period").asString()).isEqualTo(month);
        JsonNode assistance = null;
        for (JsonNode area : summary.get("areas")) {
            if (area.get("code").asString().equals("assistance")) {
                assistance = area;
            }
        }
        assertThat(assistance).isNotNull();
        JsonNode total = null;
        for (JsonNode figure : assistance.get("figures")) {
            if (figure.get("dataElement").asString().equals("assistance.total")) {
                total = figure;
            }
        }
        assertThat(total).as("the demo logs help in Xóm Chiếu every day of the month").isNotNull();
        assertThat(total.get("link").asString()).isEqualTo("/citizen-support?unitId=" + strong);
        JsonNode entries = api.read(mvc.perform(get("/api/v1/assistance").param("unitId", strong.toString()).param("month", month)
                .param("size", "1").header("Authorization", officer)).andReturn());
        assertThat(entries.get("total").decimalValue()).isEqualByComparingTo(total.get("value").decimalValue());
        assertThat(summary.get("service766").get("defined").asBoolean()).isTrue();
        assertThat(summary.get("trend766")).hasSize(OverviewManagement.TREND_MONTHS);
        String html = mvc.perform(get("/units/" + strong + "/summary").with(actors.session("xomchieu.officer")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<svg", "/citizen-support?unitId=" + strong, "/tasks?unitId=" + strong, "/capacity/units/" + strong);
    }

    @Test
    void theTaskFiguresOfTheUnitPageEqualTheTasksTheirLinksList() throws Exception {
        String leader = api.bearer("leader");
        UUID xomChieu = OverviewFixture.unit(actors, directory, "27259");
        List<String> checked = figuresEqualTheirLists(leader, xomChieu, List.of(indicators.currentMonth().code(), indicators.currentMonth().previous().code()),
                element -> element.equals("tasks.overdue") || element.equals("tasks.doneOnTime"),
                (link, month) -> assertThat(link).contains("unitId=" + xomChieu, "dueMonth=" + month));
        assertThat(checked).as("the demo has task figures for Xóm Chiếu").isNotEmpty();
        MvcResult page = mvc.perform(get("/tasks").param("unitId", xomChieu.toString()).param("dueMonth", indicators.currentMonth().code())
                .with(actors.session("leader"))).andReturn();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("class=\"filter-note\"", "name=\"dueMonth\"");
        assertThat(mvc.perform(get("/api/v1/tasks").param("dueMonth", "2026-13").header("Authorization", leader)).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theDifficultyFiguresOfTheUnitPageEqualTheDifficultiesTheirLinksList() throws Exception {
        String leader = api.bearer("leader");
        UUID xomChieu = OverviewFixture.unit(actors, directory, "27259");
        // the city leader reads every submitted difficulty: the list holds every one the figure counts
        List<String> checked = figuresEqualTheirLists(leader, xomChieu,
                List.of(indicators.currentMonth().code(), indicators.currentMonth().previous().code(), "2025-10"),
                element -> element.startsWith("difficulties."),
                (link, month) -> assertThat(link).startsWith("/difficulties?").contains("unitId=" + xomChieu, "submittedMonth=" + month, "figure="));
        assertThat(checked).as("the demo has difficulty figures for Xóm Chiếu").isNotEmpty();
        String html = mvc.perform(get("/difficulties").param("unitId", xomChieu.toString()).param("submittedMonth", "2025-10")
                .param("figure", "ANSWERED_ON_TIME").with(actors.session("leader"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("name=\"submittedMonth\" value=\"2025-10\"", "value=\"ANSWERED_ON_TIME\" selected",
                "name=\"unitId\" value=\"" + xomChieu + "\"");
        assertThat(mvc.perform(get("/api/v1/difficulties").param("submittedMonth", "2025-13").header("Authorization", leader)).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/difficulties").param("figure", "LATE").header("Authorization", leader)).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    /**
     * For each month, every figure of the unit page whose data element passes {@code elements} (and has a value) is
     * compared with the total of the API list its link opens, read as {@code token}; answers the figures compared.
     * The figures follow the records after their commit (an event): the comparison is retried until the read model
     * has caught up.
     */
    private List<String> figuresEqualTheirLists(String token, UUID unit, List<String> months, java.util.function.Predicate<String> elements,
                                                java.util.function.BiConsumer<String, String> linkCheck) {
        List<String> checked = new java.util.ArrayList<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).untilAsserted(() -> {
            checked.clear();
            for (String month : months) {
                JsonNode summary = api.read(mvc.perform(get("/api/v1/units/" + unit + "/summary").param("period", month)
                        .header("Authorization", token)).andReturn());
                for (JsonNode area : summary.get("areas")) {
                    for (JsonNode figure : area.get("figures")) {
                        String element = figure.get("dataElement").asString();
                        if (!elements.test(element) || figure.get("value").isNull()) {
                            continue;
                        }
                        String link = figure.get("link").asString();
                        linkCheck.accept(link, month);
                        JsonNode listed = api.read(mvc.perform(get("/api/v1" + link + "&size=1").header("Authorization", token)).andReturn());
                        assertThat(listed.get("total").decimalValue()).as(element + " " + month).isEqualByComparingTo(figure.get("value").decimalValue());
                        checked.add(element + " " + month);
                    }
                }
            }
        });
        return checked;
    }

    @Test
    void theReportFiguresOfTheUnitPageEqualTheReportsTheirLinksListAndWhatIsNotShownIsCounted() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        UUID xomChieu = OverviewFixture.unit(actors, directory, "27259");
        // the unit's own officer reads its drafts too: the list holds every report the figure counts
        List<String> months = figuresEqualTheirLists(officer, xomChieu,
                List.of(indicators.currentMonth().code(), indicators.currentMonth().previous().code(), "2025-10"),
                element -> element.equals("reports.due"),
                (link, month) -> assertThat(link).isEqualTo("/reports?unitId=" + xomChieu + "&deadlineMonth=" + month))
                .stream().map(checked -> checked.substring(checked.indexOf(' ') + 1)).toList();
        assertThat(months).as("the demo has report figures for Xóm Chiếu").isNotEmpty();
        for (String month : months) {
            long all = api.read(mvc.perform(get("/api/v1/reports").param("unitId", xomChieu.toString()).param("deadlineMonth", month).param("size", "1")
                    .header("Authorization", officer)).andReturn()).get("total").asLong();
            long submitted = api.read(mvc.perform(get("/api/v1/reports").param("unitId", xomChieu.toString()).param("deadlineMonth", month).param("size", "1")
                    .header("Authorization", api.bearer("leader"))).andReturn()).get("total").asLong();
            String html = mvc.perform(get("/reports").param("unitId", xomChieu.toString()).param("deadlineMonth", month).with(actors.session("leader")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains(submitted == 1 ? "1 báo cáo" : submitted + " báo cáo");
            if (all > submitted) {
                assertThat(html).contains("id=\"reports-not-shown\"", "Còn " + (all - submitted) + " báo cáo chưa nộp");
            } else {
                assertThat(html).doesNotContain("id=\"reports-not-shown\"");
            }
        }
        assertThat(mvc.perform(get("/reports").param("deadlineMonth", "10/2025").with(actors.session("leader"))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    private java.math.BigDecimal assistanceTotal(String bearer) throws Exception {
        JsonNode summary = api.read(mvc.perform(get("/api/v1/units/" + strong + "/summary").header("Authorization", bearer)).andReturn());
        for (JsonNode area : summary.get("areas")) {
            for (JsonNode figure : area.get("figures")) {
                if (figure.get("dataElement").asString().equals("assistance.total")) {
                    return figure.get("value").decimalValue();
                }
            }
        }
        return java.math.BigDecimal.ZERO;
    }

    private java.math.BigDecimal entries(String bearer, String month) throws Exception {
        return api.read(mvc.perform(get("/api/v1/assistance").param("unitId", strong.toString()).param("month", month).param("size", "1")
                .header("Authorization", bearer)).andReturn()).get("total").decimalValue();
    }

    private JsonNode overview(String user, String query) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/overview?period=" + OverviewFixture.PERIOD + query).header("Authorization", api.bearer(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return api.read(result);
    }

    private static JsonNode row(JsonNode page, UUID unit) {
        for (JsonNode row : page.get("items")) {
            if (row.get("unitId").asString().equals(unit.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unit);
    }

    private static JsonNode figure(JsonNode row, String indicator) {
        for (JsonNode figure : row.get("figures")) {
            if (figure.get("indicator").asString().equals(indicator)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + indicator);
    }

    private static JsonNode area(JsonNode row, String code) {
        for (JsonNode area : row.get("areas")) {
            if (area.get("area").asString().equals(code)) {
                return area;
            }
        }
        throw new AssertionError("no area " + code);
    }

    private static List<UUID> unitIds(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(row -> ids.add(UUID.fromString(row.get("unitId").asString())));
        return ids;
    }

    private static String docxText(byte[] bytes) throws Exception {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
