package org.wardops.citizensupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.indicators.IndicatorValuesPublished;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

@RecordApplicationEvents
class CitizenSupportApiIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CitizenSupportManagement management;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.wardops.support.Actors actors;

    String volunteer;
    UUID xomChieu;
    UUID team;

    @BeforeEach
    void setUp() throws Exception {
        volunteer = api.bearer("volunteer.xomchieu");
        xomChieu = jdbc.sql("SELECT id FROM directory_unit WHERE code = '27259'").query(UUID.class).single();
        team = jdbc.sql("SELECT id FROM citizensupport_team WHERE unit_id = :unit AND residential_group = 'Khu phố 1'")
                .param("unit", xomChieu).query(UUID.class).single();
    }

    @Test
    void theCatalogueListsEveryServiceWithItsCode() throws Exception {
        JsonNode services = api.read(mvc.perform(get("/api/v1/assistance/services").header("Authorization", volunteer)).andReturn());
        List<String> codes = new ArrayList<>();
        services.forEach(service -> codes.add(service.get("code").asString()));
        assertThat(codes).containsExactly("VNEID_ACTIVATION", "VNEID_LEVEL2", "ONLINE_PUBLIC_SERVICE", "CASHLESS_PAYMENT", "E_HEALTH_BOOK",
                "FEEDBACK_APP", "OTHER");
    }

    @Test
    void aLoggedEntryIs201AndItsResendIs200WithTheSameRecord() throws Exception {
        UUID clientId = UUID.randomUUID();
        MvcResult first = log(volunteer, entry(clientId, "\"reason\": null"));
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        MvcResult again = log(volunteer, entry(clientId, "\"reason\": null"));
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(again).get("id").asString()).isEqualTo(api.read(first).get("id").asString());
        assertThat(count(clientId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = :id")
                .param("id", UUID.fromString(api.read(first).get("id").asString())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameClientIdSentConcurrentlyMakesOneRecord() throws Exception {
        UUID clientId = UUID.randomUUID();
        int senders = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                Callable<Integer> send = () -> {
                    start.await();
                    return log(volunteer, entry(clientId, "\"reason\": null")).getResponse().getStatus();
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(clientId)).isEqualTo(1);
    }

    @Test
    void personalDataInAFreeTextIsRefusedAndNothingIsStored() throws Exception {
        long before = total();
        String[] texts = {"Khách CCCD 079201001234", "Gọi lại số 0903 123 456", "Bà Lan chưa có mã OTP"};
        for (String text : texts) {
            UUID clientId = UUID.randomUUID();
            MvcResult refused = log(volunteer, entry(clientId, "\"outcome\": \"NOT_POSSIBLE\", \"reason\": \"" + text + "\"")
                    .replace("\"outcome\": \"DONE\",", ""));
            assertThat(refused.getResponse().getStatus()).isEqualTo(400);
            JsonNode problem = api.read(refused);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("reason");
            assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("Không được ghi dữ liệu cá nhân");
        }
        MvcResult groupWithId = log(volunteer, entry(UUID.randomUUID(), "\"reason\": null").replace("\"Khu phố 1\"", "\"079201001234\""));
        assertThat(groupWithId.getResponse().getStatus()).isEqualTo(400);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsStored() throws Exception {
        long before = total();
        String tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        String[][] cases = {
                {entry(UUID.randomUUID(), "\"reason\": null").replace("\"minutes\": 20", "\"minutes\": 0"), "minutes"},
                {entry(UUID.randomUUID(), "\"reason\": null").replace("\"minutes\": 20", "\"minutes\": 100000"), "minutes"},
                {entry(UUID.randomUUID(), "\"reason\": null").replaceFirst("\"date\": \"[0-9-]+\"", "\"date\": \"" + tomorrow + "\""), "date"},
                {entry(UUID.randomUUID(), "\"reason\": null").replace("\"VNEID_ACTIVATION\"", "\"ONLINE_PUBLIC_SERVICE\""), "procedureCode"},
                {entry(UUID.randomUUID(), "\"reason\": null").replace("\"DONE\"", "\"NOT_POSSIBLE\""), "reason"},
                {entry(UUID.randomUUID(), "\"reason\": \"" + "x".repeat(2001) + "\""), "reason"},
                {entry(UUID.randomUUID(), "\"reason\": \"a\\u202Eb\""), "reason"},
        };
        for (String[] bad : cases) {
            MvcResult refused = log(volunteer, bad[0]);
            assertThat(refused.getResponse().getStatus()).as(bad[1]).isEqualTo(400);
            assertThat(api.read(refused).get("errors").get(0).get("field").asString()).isEqualTo(bad[1]);
        }
        assertThat(log(volunteer, entry(UUID.randomUUID(), "\"reason\": null").replace("\"PHONE\"", "\"CARRIER_PIGEON\"")).getResponse().getStatus())
                .isEqualTo(400);
        assertThat(log(volunteer, "{\"date\": \"2026-01-01\"}").getResponse().getStatus()).isEqualTo(400);
        for (String query : new String[] {"?unitId=nope", "?month=11-2026", "?month=2026-13", "?size=0", "?page=x"}) {
            assertThat(mvc.perform(get("/api/v1/assistance" + query).header("Authorization", volunteer)).andReturn().getResponse().getStatus())
                    .as(query).isEqualTo(400);
        }
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void entriesAreListedByUnitAndMonthPaged() throws Exception {
        String month = YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        JsonNode page = api.read(mvc.perform(get("/api/v1/assistance?unitId=" + xomChieu + "&month=" + month + "&size=5")
                .header("Authorization", volunteer)).andReturn());
        assertThat(page.get("items").size()).isEqualTo(5);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getDayOfMonth());
        page.get("items").forEach(item -> assertThat(item.get("unitId").asString()).isEqualTo(xomChieu.toString()));
        JsonNode empty = api.read(mvc.perform(get("/api/v1/assistance?unitId=" + xomChieu + "&month=2020-01")
                .header("Authorization", volunteer)).andReturn());
        assertThat(empty.get("total").asLong()).isZero();
    }

    @Test
    void aLoggedEntryPublishesTheUnitsMonthlyCountsAsIndicatorValues() throws Exception {
        events.clear();
        assertThat(log(volunteer, entry(UUID.randomUUID(), "\"reason\": null")).getResponse().getStatus()).isEqualTo(201);
        List<IndicatorValuesPublished> published = events.stream(IndicatorValuesPublished.class).toList();
        assertThat(published).hasSize(1);
        IndicatorValuesPublished values = published.getFirst();
        assertThat(values.source()).isEqualTo("citizensupport");
        assertThat(values.unitId()).isEqualTo(xomChieu);
        assertThat(values.period()).isEqualTo(YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        long inMonth = jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance WHERE unit_id = :unit AND helped_on >= :from")
                .param("unit", xomChieu).param("from", YearMonth.parse(values.period()).atDay(1)).query(Long.class).single();
        assertThat(values.values().get("assistance.total")).isEqualByComparingTo(BigDecimal.valueOf(inMonth));
        assertThat(values.values()).containsKeys("assistance.done", "assistance.byService.VNEID_ACTIVATION", "assistance.byService.OTHER");
    }

    @Test
    void anOfficerCreatesAndChangesATeamWithTheVersionRead() throws Exception {
        String officer = api.bearer("xomchieu.officer");
        MvcResult created = mvc.perform(post("/api/v1/teams").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Tổ công nghệ số cộng đồng khu phố 7\", \"residentialGroup\": \"Khu phố 7\", \"members\": "
                        + "[{\"fullName\": \"Lưu Thị Ánh\", \"organisation\": \"WOMENS_UNION\"}]}")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode team = api.read(created);
        assertThat(team.get("unitId").asString()).isEqualTo(xomChieu.toString());
        String id = team.get("id").asString();
        MvcResult changed = mvc.perform(put("/api/v1/teams/" + id).header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"name\": \"Tổ khu phố 7\", \"residentialGroup\": \"Khu phố 7\", \"members\": "
                        + "[{\"fullName\": \"Lưu Thị Ánh\", \"organisation\": \"WOMENS_UNION\"}, {\"fullName\": \"Phan Minh Đức\", \"organisation\": \"YOUTH_UNION\"}]}"))
                .andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(changed).get("members").size()).isEqualTo(2);
        MvcResult stale = mvc.perform(put("/api/v1/teams/" + id).header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"name\": \"Tổ cũ\", \"residentialGroup\": \"Khu phố 7\", \"members\": []}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        JsonNode read = api.read(mvc.perform(get("/api/v1/teams/" + id).header("Authorization", officer)).andReturn());
        assertThat(read.get("name").asString()).isEqualTo("Tổ khu phố 7");
        MvcResult bidi = mvc.perform(post("/api/v1/teams").header("Authorization", officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Tổ \\u202Ex\", \"residentialGroup\": \"Khu phố 8\", \"members\": [{\"organisation\": \"WOMENS_UNION\"}]}")).andReturn();
        assertThat(bidi.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read(bidi).get("errors")).hasSize(2);
    }

    private MvcResult log(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/assistance").header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    private String entry(UUID clientId, String extra) {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        return "{\"clientId\": \"" + clientId + "\", \"date\": \"" + today + "\", \"teamId\": \"" + team + "\", \"residentialGroup\": \"Khu phố 1\", "
                + "\"service\": \"VNEID_ACTIVATION\", \"channel\": \"PHONE\", \"outcome\": \"DONE\", \"minutes\": 20, \"ageBand\": \"FROM_60\", "
                + "\"gender\": \"FEMALE\", " + extra + "}";
    }

    private long count(UUID clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance WHERE client_id = :client").param("client", clientId).query(Long.class).single();
    }

    private long total() {
        return jdbc.sql("SELECT COUNT(*) FROM citizensupport_assistance").query(Long.class).single();
    }

    @Test
    void theSummaryShowsTheUnitsOnlineUptakeBesideTheHelpGivenPerMonth() throws Exception {
        String admin = api.bearer("admin");
        UUID unit = jdbc.sql("SELECT id FROM directory_unit WHERE code = '11948'").query(UUID.class).single();
        JsonNode empty = api.read(mvc.perform(get("/api/v1/assistance/summary").param("unitId", unit.toString()).param("months", "3")
                .header("Authorization", admin)).andReturn());
        assertThat(empty.get("months").size()).isEqualTo(3);
        String month = empty.get("months").get(2).asString();
        String week = month.substring(0, 4) + "-W" + String.format("%02d", YearMonth.parse(month).atDay(15).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertThat(empty.get("uptake").has(month)).isFalse();
        try {
            // one week's figures roll up into their month; the months before stay "no data"
            assertThat(api.read(mvc.perform(put("/api/v1/indicator-values").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitId\":\"" + unit + "\",\"period\":\"" + week + "\",\"values\":[{\"dataElement\":\"dossiers.received\",\"value\":200},"
                            + "{\"dataElement\":\"dossiers.online\",\"value\":150},{\"dataElement\":\"dossiers.fullyOnline\",\"value\":90}]}"))
                    .andReturn()).get("period").asString()).isEqualTo(week);
            JsonNode summary = api.read(mvc.perform(get("/api/v1/assistance/summary").param("unitId", unit.toString()).param("months", "3")
                    .header("Authorization", admin)).andReturn());
            JsonNode uptake = summary.get("uptake").get(month);
            assertThat(uptake.get("received").decimalValue()).isEqualByComparingTo("200");
            assertThat(uptake.get("online").decimalValue()).isEqualByComparingTo("150");
            assertThat(uptake.get("fullyOnline").decimalValue()).isEqualByComparingTo("90");
            assertThat(uptake.get("rate").decimalValue()).isEqualByComparingTo("0.75");
            assertThat(summary.get("uptake").has(empty.get("months").get(1).asString())).isFalse();
            String page = mvc.perform(get("/citizen-support").param("unitId", unit.toString()).param("lang", "vi").with(actors.session("admin")))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"online-uptake\"", "Tỷ lệ hồ sơ trực tuyến", "data-uptake=\"" + month + "\"><strong>75 %</strong>",
                    "chưa có số liệu");
        } finally {
            mvc.perform(put("/api/v1/indicator-values").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"unitId\":\"" + unit + "\",\"period\":\"" + week + "\",\"values\":[{\"dataElement\":\"dossiers.received\",\"value\":null},"
                            + "{\"dataElement\":\"dossiers.online\",\"value\":null},{\"dataElement\":\"dossiers.fullyOnline\",\"value\":null}]}"));
        }
        assertThat(mvc.perform(get("/api/v1/assistance/summary").header("Authorization", admin)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/assistance/summary").param("unitId", unit.toString()).param("months", "99").header("Authorization", admin))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/assistance/summary").param("unitId", unit.toString()).header("Authorization", volunteer))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
