package org.wardops.indicators;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.indicators.internal.ScoreTable;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The indicator engine end to end, on H2 and PostgreSQL: versions, bad input, imports, events and the pre-aggregated tables. */
class IndicatorsIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorManagement indicators;
    @Autowired
    ScoreTable table;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPastPeriodIsScoredWithTheDefinitionValidThen() throws Exception {
        String admin = api.bearer("admin");
        String created = """
                {"code":"test.procedures","names":{"vi":"Hài lòng thủ tục","en":"Procedures","de":"Verfahren"},"set":"TESTV","group":"SATISFACTION",
                 "numerator":"#{procedures.satisfied}","denominator":"#{procedures.rated}","target":0.9,"max":6,"validFrom":"2022-01-01"}""";
        assertThat(status(post("/api/v1/indicators"), admin, created)).isEqualTo(201);
        String revised = created.replace("\"target\":0.9", "\"target\":0.8").replace("2022-01-01", "2023-07-01");
        revised = revised.substring(0, revised.lastIndexOf('}')) + ",\"version\":0}";
        assertThat(status(put("/api/v1/indicators/test.procedures"), admin, revised)).isEqualTo(200);
        UUID unit = unit("27265");
        for (String month : List.of("2023-06", "2023-07")) {
            actors.as("admin", () -> indicators.enterValues(new EnterValues(unit, month, List.of(
                    new EnterValues.Entry("procedures.rated", new BigDecimal("300")), new EnterValues.Entry("procedures.satisfied", new BigDecimal("261"))))));
        }
        assertThat(points(admin, unit, "2023-06", "TESTV")).isEqualByComparingTo("5.80");
        assertThat(points(admin, unit, "2023-07", "TESTV")).isEqualByComparingTo("6.00");
        JsonNode versions = api.read(mvc.perform(get("/api/v1/indicators/test.procedures/versions").header("Authorization", admin)).andReturn());
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).get("validTo").asString()).isEqualTo("2023-06-30");
        assertThat(api.read(mvc.perform(get("/api/v1/indicators/test.procedures").param("on", "2023-01-15").header("Authorization", admin)).andReturn())
                .get("target").decimalValue()).isEqualByComparingTo("0.9");
    }

    @Test
    void aRevisionAgainstAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        String admin = api.bearer("admin");
        String created = """
                {"code":"test.stale","names":{"vi":"Thử","en":"Test","de":"Test"},"set":"TESTS","group":"SATISFACTION",
                 "numerator":"#{procedures.satisfied}","denominator":"#{procedures.rated}","target":0.9,"max":6,"validFrom":"2022-01-01\"""";
        assertThat(status(post("/api/v1/indicators"), admin, created + "}")).isEqualTo(201);
        long read = api.read(mvc.perform(get("/api/v1/indicators/test.stale").header("Authorization", admin)).andReturn()).get("version").asLong();
        // Someone else revises first (same validFrom: replaces), then a second revision arrives with the version read before.
        assertThat(status(put("/api/v1/indicators/test.stale"), admin, created.replace("0.9", "0.8") + ",\"version\":" + read + "}")).isEqualTo(200);
        String before = mvc.perform(get("/api/v1/indicators/test.stale/versions").header("Authorization", admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var stale = mvc.perform(put("/api/v1/indicators/test.stale").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content(created.replace("0.9", "0.7").replace("2022-01-01", "2024-01-01") + ",\"version\":" + read + "}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(status(put("/api/v1/indicators/test.stale"), admin, created.replace("0.9", "0.6") + "}")).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/indicators/test.stale/versions").header("Authorization", admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).isEqualTo(before);
        // A new version continues the counter, so the version read before the replacement stays stale.
        long current = api.read(mvc.perform(get("/api/v1/indicators/test.stale").header("Authorization", admin)).andReturn()).get("version").asLong();
        assertThat(status(put("/api/v1/indicators/test.stale"), admin, created.replace("2022-01-01", "2024-01-01") + ",\"version\":" + current + "}"))
                .isEqualTo(200);
        assertThat(status(put("/api/v1/indicators/test.stale"), admin, created.replace("2022-01-01", "2025-01-01") + ",\"version\":" + current + "}"))
                .isEqualTo(409);
        String page = mvc.perform(get("/indicators/catalogue").param("set", "TESTS").param("code", "test.stale").with(actors.session("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"version\" value=\"" + (current + 1) + "\"");
    }

    @Test
    void anExpressionWithAnUnknownDataElementIsRefusedWithItsPositionAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM indicators_indicator").query(Long.class).single();
        String admin = api.bearer("admin");
        MvcResult refused = mvc.perform(post("/api/v1/indicators").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"test.bad","names":{"vi":"Sai","en":"Bad","de":"Falsch"},"set":"766","group":"PROGRESS",
                 "numerator":"#{dossiers.onTime} * 100 / #{dossier.x}","denominator":"(#{dossiers.received}","max":5,"validFrom":"2025-01-01"}""")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        String problems = api.read(refused).get("errors").toString();
        assertThat(problems).contains("numerator", "Vị trí 28", "dossier.x", "denominator", "Vị trí 1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicators_indicator").query(Long.class).single()).isEqualTo(before);

        String page = mvc.perform(post("/indicators/catalogue").with(csrf()).with(actors.session("admin")).param("code", "test.bad")
                        .param("nameVi", "Sai").param("nameEn", "Bad").param("nameDe", "Falsch").param("set", "766").param("group", "PROGRESS")
                        .param("numerator", "#{dossiers.onTime} + #{nope}").param("max", "5").param("validFrom", "2025-01-01"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Vị trí 22: không có chỉ tiêu dữ liệu “nope”", "#{dossiers.onTime} + #{nope}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicators_indicator").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aZeroDenominatorIsNoDataNeverFullPoints() throws Exception {
        UUID unit = unit("27286");
        actors.as("admin", () -> indicators.enterValues(new EnterValues(unit, "2023-04", List.of(
                new EnterValues.Entry("feedback.received", BigDecimal.ZERO), new EnterValues.Entry("feedback.handledOnTime", BigDecimal.ZERO),
                new EnterValues.Entry("procedures.rated", new BigDecimal("100")), new EnterValues.Entry("procedures.satisfied", new BigDecimal("120"))))));
        ScoreCard card = actors.as("leader", () -> indicators.scoreCard(unit, "2023-04", IndicatorManagement.SET_766));
        ScoreCard.Group satisfaction = card.groups().stream().filter(group -> group.code().equals("SATISFACTION")).findFirst().orElseThrow();
        ScoreCard.Indicator onTime = satisfaction.indicators().getFirst();
        assertThat(onTime.rate()).isNull();
        assertThat(onTime.points()).isNull();
        ScoreCard.Indicator procedures = satisfaction.indicators().get(2);
        assertThat(procedures.rate()).isEqualByComparingTo("1.2");
        assertThat(procedures.points()).isEqualByComparingTo("6.00");
        assertThat(card.total()).isEqualByComparingTo("6.00");
        String page = mvc.perform(get("/indicators/scorecard").param("unitId", unit.toString()).param("period", "2023-04").with(actors.session("leader")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Chưa có số liệu", "Tháng 4/2023", "120 %");
    }

    @Test
    void aRankingReadBeforeAChangeIsNeverServedAfterIt() throws Exception {
        String leader = api.bearer("leader");
        UUID first = unit("27259");
        UUID second = unit("27265");
        String month = "2029-07";
        enterSatisfaction(first, "300", "290");
        enterSatisfaction(second, "300", "240");
        JsonNode before = ranking(leader, month);
        assertThat(before.get("items").get(0).get("unitId").asString()).isEqualTo(first.toString());
        assertThat(ranking(leader, month)).isEqualTo(before);
        long revision = table.revision().revision();

        enterSatisfaction(first, "300", "120");
        assertThat(table.revision().revision()).isGreaterThan(revision);
        JsonNode after = ranking(leader, month);
        assertThat(after.get("items").get(0).get("unitId").asString()).isEqualTo(second.toString());
        assertThat(after).isNotEqualTo(before);

        // A write that rolls back leaves the revision, and so the cached page, as they were.
        long committed = table.revision().revision();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            enterSatisfaction(second, "300", "10");
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(table.revision().revision()).isEqualTo(committed);
        assertThat(ranking(leader, month)).isEqualTo(after);
    }

    private void enterSatisfaction(UUID unit, String rated, String satisfied) {
        actors.as("admin", () -> indicators.enterValues(new EnterValues(unit, "2029-07", List.of(
                new EnterValues.Entry("procedures.rated", new BigDecimal(rated)), new EnterValues.Entry("procedures.satisfied", new BigDecimal(satisfied))))));
    }

    private JsonNode ranking(String token, String month) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/rankings").param("set", "766").param("period", month).param("size", "5")
                .header("Authorization", token)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return api.read(result);
    }

    @Test
    void theIncrementalTableEqualsAFromScratchRebuildAfterRandomUpdates() {
        List<UUID> units = List.of(unit("27259"), unit("27265"), unit("27286"), unit("25747"));
        List<String> periods = List.of("2023-01", "2023-02", "2023-W05", "2023-W09", "2023-Q1", "2023-11");
        List<String> elements = List.of("dossiers.received", "dossiers.onTime", "dossiers.late", "dossiers.online", "feedback.received",
                "feedback.handledOnTime", "procedures.rated", "procedures.satisfied");
        Random random = new Random(766);
        for (int i = 0; i < 40; i++) {
            UUID unit = units.get(random.nextInt(units.size()));
            String period = periods.get(random.nextInt(periods.size()));
            List<EnterValues.Entry> entries = new ArrayList<>();
            for (String element : elements) {
                if (random.nextInt(3) > 0) {
                    entries.add(new EnterValues.Entry(element, random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(500))));
                }
            }
            actors.as("admin", () -> indicators.enterValues(new EnterValues(unit, period, entries)));
        }
        int incremental = table.current();
        List<ScoreTable.ScoreRow> scores = table.scores(incremental);
        List<ScoreTable.TotalRow> totals = table.totals(incremental);
        RebuildReport report = actors.as("admin", () -> indicators.rebuild());
        assertThat(report.snapshot()).isEqualTo(incremental + 1);
        assertThat(table.current()).isEqualTo(report.snapshot());
        assertThat(table.scores(report.snapshot())).containsExactlyElementsOf(scores);
        assertThat(table.totals(report.snapshot())).containsExactlyElementsOf(totals);
        assertThat(table.scores(incremental)).isEmpty();
        assertThat(totals).anyMatch(total -> total.period().equals("2023-Q1") && units.contains(total.unitId()));
    }

    @Test
    void anImportDryRunReportsWhatTheImportThenWrites() throws Exception {
        String officer = api.bearer("admin");
        String csv = "unit_code,period,procedure_code,dossiers.received,dossiers.onTime,dossiers.late\n"
                + "27259,2023-09,1.001,100,90,5\n27259,2023-09,1.002,50,45,1\n27265,2023-09,,80,70,2\n";
        long before = values();
        MvcResult dry = mvc.perform(multipart("/api/v1/indicator-values/import").file(file("stats.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("dryRun", "true").header("Authorization", officer)).andReturn();
        assertThat(dry.getResponse().getStatus()).isEqualTo(200);
        JsonNode dryReport = api.read(dry);
        assertThat(values()).isEqualTo(before);
        MvcResult done = mvc.perform(multipart("/api/v1/indicator-values/import").file(file("stats.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", officer)).andReturn();
        JsonNode report = api.read(done);
        for (String field : List.of("accepted", "rows", "units", "periods", "values")) {
            assertThat(report.get(field)).as(field).isEqualTo(dryReport.get(field));
        }
        assertThat(report.get("values").asInt()).isEqualTo(6);
        assertThat(values()).isEqualTo(before + 6);
        assertThat(jdbc.sql("SELECT amount FROM indicators_value WHERE unit_id = :unit AND period_code = '2023-09' AND data_element = 'dossiers.received'")
                .param("unit", unit("27259")).query(BigDecimal.class).single()).isEqualByComparingTo("150");
    }

    @Test
    void anImportWithUnknownUnitsMonthsWrittenOtherWaysAndDuplicatesListsEveryLineAndWritesNothing() throws Exception {
        String admin = api.bearer("admin");
        String csv = "unit_code,period,procedure_code,dossiers.received\n"
                + "27259,2023-08,1.001,100\n99999,2023-08,1.001,10\n27265,08/2023,1.001,10\n27265,Tháng 8/2023,1.002,10\n"
                + "27265,Aug 2023,1.003,10\n27259,2023-08,1.001,120\n";
        long before = values();
        MvcResult refused = mvc.perform(multipart("/api/v1/indicator-values/import").file(file("stats.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", admin)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        JsonNode problems = api.read(refused).get("problems");
        List<String> lines = new ArrayList<>();
        problems.forEach(problem -> lines.add(problem.get("line").asInt() + ":" + problem.get("messageKey").asString()));
        assertThat(problems.get(0).get("message").asString()).isEqualTo("Không có đơn vị mã “99999”.");
        assertThat(lines).containsExactly("3:indicators.error.import.unknownUnit", "4:indicators.error.import.period", "5:indicators.error.import.period",
                "6:indicators.error.import.period", "7:indicators.error.import.duplicate");
        assertThat(values()).isEqualTo(before);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Số liệu");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("unit_code");
            header.createCell(1).setCellValue("period");
            header.createCell(2).setCellValue("dossiers.received");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("27286");
            row.createCell(1).setCellValue("2023-08");
            row.createCell(2).setCellValue(321);
            workbook.write(xlsx);
        }
        MvcResult imported = mvc.perform(multipart("/api/v1/indicator-values/import").file(file("stats.xlsx", xlsx.toByteArray()))
                .header("Authorization", admin)).andReturn();
        assertThat(imported.getResponse().getStatus()).isEqualTo(200);
        assertThat(values()).isEqualTo(before + 1);

        String page = mvc.perform(multipart("/indicators/values/import").file(file("stats.csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf())
                .with(actors.session("admin"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tệp có 5 lỗi", "Không có đơn vị mã “99999”", "Trùng với dòng 2");
    }

    @Test
    void publishedValuesReplaceWhatTheSameSourcePublishedBefore() {
        UUID unit = unit("27259");
        publish(new IndicatorValuesPublished("capacity", unit, "2023-10", Map.of("readiness.score", new BigDecimal("72"), "readiness.gaps", new BigDecimal("4"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> value(unit, "2023-10", "readiness.gaps") != null);
        publish(new IndicatorValuesPublished("capacity", unit, "2023-10", Map.of("readiness.score", new BigDecimal("80"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> value(unit, "2023-10", "readiness.gaps") == null);
        assertThat(value(unit, "2023-10", "readiness.score")).isEqualByComparingTo("80");
        assertThat(jdbc.sql("SELECT aggregation FROM indicators_data_element WHERE code = 'readiness.score'").query(String.class).single()).isEqualTo("LAST");
    }

    @Test
    void pagesShowTheRankingWithLegendAndTheScoreCardInEachLanguage() throws Exception {
        String ranking = mvc.perform(get("/indicators/ranking").with(actors.session("auditor"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ranking).contains("Xếp hạng chỉ số phục vụ", "band-", "Điểm chỉ số 766, Tháng ", "Xếp hạng liền", "/indicators/scorecard?unitId=");
        assertThat(mvc.perform(get("/indicators/ranking").param("period", "10/2025").with(actors.session("auditor"))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        MvcResult bad = mvc.perform(get("/api/v1/scores").param("unitId", unit("27259").toString()).param("period", "Tháng 10/2025")
                .header("Authorization", api.bearer("auditor"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read(bad).toString()).contains("Kỳ “Tháng 10/2025” không hợp lệ");
        assertThat(mvc.perform(get("/api/v1/scores").param("unitId", "not-a-uuid").param("period", "2025-10")
                .header("Authorization", api.bearer("auditor"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private void publish(IndicatorValuesPublished event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private BigDecimal value(UUID unit, String period, String element) {
        return jdbc.sql("SELECT amount FROM indicators_value WHERE unit_id = :unit AND period_code = :period AND data_element = :element")
                .param("unit", unit).param("period", period).param("element", element).query(BigDecimal.class).optional().orElse(null);
    }

    private long values() {
        return jdbc.sql("SELECT COUNT(*) FROM indicators_value").query(Long.class).single();
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private BigDecimal points(String token, UUID unit, String period, String set) throws Exception {
        return api.read(mvc.perform(get("/api/v1/scores").param("unitId", unit.toString()).param("period", period).param("set", set)
                .header("Authorization", token)).andReturn()).get("total").decimalValue();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(UUID.class).single();
    }
}
