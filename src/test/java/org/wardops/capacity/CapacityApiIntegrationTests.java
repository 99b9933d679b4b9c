package org.wardops.capacity;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The capacity API on the demo story, on H2 and PostgreSQL. */
class CapacityApiIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    private String xomChieu;
    private String khanhHoi;
    private String leader;

    @BeforeEach
    void tokens() throws Exception {
        xomChieu = api.bearer("xomchieu.officer");
        khanhHoi = api.bearer("khanhhoi.officer");
        leader = api.bearer("leader");
    }

    @Test
    void xomChieuShowsSevenOfTwelvePcsUnsupportedAndNoDedicatedOfficer() throws Exception {
        JsonNode readiness = json(get("/api/v1/units/" + unit("27259") + "/readiness"), xomChieu);
        assertThat(readiness.get("max").decimalValue()).isEqualByComparingTo("100");
        assertThat(readiness.get("rank").asInt()).isPositive();
        List<String> gaps = new ArrayList<>();
        readiness.get("criteria").forEach(c -> {
            if (!c.get("gap").isNull()) {
                gaps.add(c.get("gap").asString());
            }
        });
        assertThat(gaps).contains("7 trên 12 máy tính dùng hệ điều hành hết hỗ trợ", "Chưa có công chức chuyên trách chuyển đổi số (chỉ kiêm nhiệm)",
                "Chưa thử khôi phục dữ liệu sao lưu trong 12 tháng qua");
        JsonNode unsupported = json(get("/api/v1/assets?unitId=" + unit("27259") + "&type=DESKTOP&support=UNSUPPORTED"), xomChieu);
        assertThat(unsupported.get("total").asInt()).isEqualTo(7);
        assertThat(json(get("/api/v1/assets?unitId=" + unit("27259") + "&support=UNKNOWN"), xomChieu).get("total").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void khanhHoiHasEighteenEstablishedPostsFourteenFilled() throws Exception {
        JsonNode summary = json(get("/api/v1/units/" + unit("27265") + "/staff"), khanhHoi).get("summary");
        assertThat(summary.get("establishedPosts").asInt()).isEqualTo(18);
        assertThat(summary.get("filledPosts").asInt()).isEqualTo(14);
        assertThat(summary.get("severalPosts").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(summary.get("dtOfficerPresent").asBoolean()).isTrue();
    }

    @Test
    void theRankingCoversTheCityWithDenseRanks() throws Exception {
        JsonNode ranking = json(get("/api/v1/readiness?size=500"), leader);
        JsonNode rows = ranking.get("rows").get("items");
        assertThat(ranking.get("rows").get("total").asInt()).isGreaterThanOrEqualTo(168);
        int previousRank = 0;
        String previousScore = null;
        for (JsonNode row : rows) {
            int rank = row.get("rank").asInt();
            String score = row.get("score").decimalValue().stripTrailingZeros().toPlainString();
            assertThat(rank).isEqualTo(score.equals(previousScore) ? previousRank : previousRank + 1);
            previousRank = rank;
            previousScore = score;
        }
        assertThat(ranking.get("criteria").size()).isEqualTo(8);
        JsonNode group = json(get("/api/v1/readiness?workingGroupId=" + unit("79-TCT-15")), leader);
        assertThat(group.get("rows").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void aDryRunAnswersWhatTheCommitDoesAndAnImportIsAllOrNothing() throws Exception {
        String unitId = unit("27286");
        String vinhHoi = api.bearer("vinhhoi.officer");
        byte[] good = xlsx(new String[][] {
                {"DESKTOP", "VH-PC-01", "VHS00000", "HP Compaq 6300", "2014", "windows", "7", "Professional", "IN_USE", "Bộ phận Một cửa"},
                {"LAPTOP", "VH-LT-90", "VH09090", "Lenovo ThinkPad E14", "2024", "windows", "11 25H2", "Pro", "IN_USE", "Văn phòng"}});
        long before = count(unitId);
        JsonNode dryRun = importFile(unitId, "inventory.xlsx", good, true, vinhHoi);
        assertThat(dryRun.get("created").asInt()).isEqualTo(1);
        assertThat(dryRun.get("updated").asInt()).isEqualTo(1);
        assertThat(dryRun.get("refused").size()).isZero();
        assertThat(count(unitId)).isEqualTo(before);

        byte[] bad = xlsx(new String[][] {
                {"LAPTOP", "VH-LT-91", "VH09091", "Lenovo", "2024", "windows", "11 25H2", "Pro", "IN_USE", ""},
                {"TOASTER", "VH-LT-92", "VH09092", "?", "2099", "", "", "", "", ""},
                {"LAPTOP", "VH-LT-91", "VH09093", "Lenovo", "2024", "", "", "", "", ""}});
        JsonNode refused = importFile(unitId, "inventory.xlsx", bad, false, vinhHoi);
        assertThat(refused.get("written").asBoolean()).isFalse();
        List<String> codes = new ArrayList<>();
        refused.get("refused").forEach(r -> codes.add(r.get("line").asInt() + ":" + r.get("field").asString() + ":" + r.get("code").asString()));
        assertThat(codes).contains("3:type:typeUnknown", "3:purchaseYear:yearInFuture", "4:tag:duplicateInFile");
        assertThat(count(unitId)).isEqualTo(before);

        JsonNode committed = importFile(unitId, "inventory.xlsx", good, false, vinhHoi);
        assertThat(committed.get("written").asBoolean()).isTrue();
        assertThat(committed.get("created").asInt()).isEqualTo(dryRun.get("created").asInt());
        assertThat(committed.get("updated").asInt()).isEqualTo(dryRun.get("updated").asInt());
        assertThat(count(unitId)).isEqualTo(before + 1);
        JsonNode again = importFile(unitId, "inventory.xlsx", good, true, vinhHoi);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(2);
    }

    @Test
    void aKeyTakenByAnotherAssetOfTheUnitRefusesTheWholeFileWhicheverKeyMatches() throws Exception {
        String unitId = unit("27265");
        String existing = jdbc.sql("SELECT tag || '|' || serial FROM capacity_asset WHERE unit_id = :u AND tag IS NOT NULL AND serial IS NOT NULL ORDER BY tag LIMIT 1")
                .param("u", java.util.UUID.fromString(unitId)).query(String.class).single();
        String tag = existing.split("\\|")[0];
        String serial = existing.split("\\|")[1];
        long before = count(unitId);
        String csv = "type,tag,serial\nPRINTER,DB-DUP-NEW,NEW-SERIAL-1\nPRINTER,DB-DUP-1," + serial + "\n";
        JsonNode byTag = importFile(unitId, "dup.csv", csv.getBytes(StandardCharsets.UTF_8), false, khanhHoi);
        assertThat(byTag.get("written").asBoolean()).isFalse();
        assertThat(byTag.get("refused").toString()).contains("\"line\":3", "\"field\":\"serial\"", "duplicateInUnit");
        MvcResult bySerial = mvc.perform(multipart("/api/v1/assets/import").file(new MockMultipartFile("file", "dup.csv", "text/csv",
                        ("type,tag,serial\nPRINTER," + tag + ",NEW-SERIAL-2\n").getBytes(StandardCharsets.UTF_8)))
                .param("unitId", unitId).param("dryRun", "false").param("matchKey", "SERIAL").header("Authorization", khanhHoi)).andReturn();
        assertThat(api.read(bySerial).get("refused").toString()).contains("\"field\":\"tag\"", "duplicateInUnit");
        assertThat(count(unitId)).isEqualTo(before);
    }

    @Test
    void csvWithBomOrInWindows1258IsRead() throws Exception {
        String unitId = unit("27265");
        String csv = "type;tag;serial;model;purchaseYear;osProduct;osVersion;osEdition;state;location\n"
                + "PRINTER;KH-IN-77;KHP7777;Canon;2020;;;;IN_USE;Phòng Văn hóa – Xã hội\n";
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv.getBytes(StandardCharsets.UTF_8));
        JsonNode withBom = importFile(unitId, "kh.csv", bom, true, khanhHoi);
        assertThat(withBom.get("refused").size()).isZero();
        assertThat(withBom.get("created").asInt()).isEqualTo(1);
        byte[] cp1258 = csv.replace("Phòng Văn hóa – Xã hội", "Phòng Văn hoá").getBytes(Charset.forName("windows-1258"));
        JsonNode legacy = importFile(unitId, "kh.csv", cp1258, true, khanhHoi);
        assertThat(legacy.get("refused").size()).isZero();
        assertThat(legacy.get("created").asInt()).isEqualTo(1);
    }

    @Test
    void emptyFilesAndMergedHeadersAreRefusedAsAWhole() throws Exception {
        String unitId = unit("27265");
        assertThat(importFile(unitId, "x.csv", new byte[0], true, khanhHoi).get("refused").get(0).get("code").asString()).isEqualTo("empty");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("type");
            header.createCell(2).setCellValue("tag");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            workbook.write(out);
        }
        assertThat(importFile(unitId, "x.xlsx", out.toByteArray(), true, khanhHoi).get("refused").get(0).get("code").asString()).isEqualTo("mergedHeader");
    }

    @Test
    void notApplicableControlsNeedAReasonAndLeaveTheScore() throws Exception {
        String unitId = unit("27265");
        JsonNode current = json(get("/api/v1/units/" + unitId + "/infrastructure"), khanhHoi);
        String body = "{\"storageCapacityGb\":2000,\"storageUsedGb\":900,\"links\":[],\"backups\":[],\"systems\":[],\"version\":" + current.get("version").asLong()
                + ",\"controls\":[{\"code\":\"ANTIVIRUS\",\"status\":\"IN_PLACE\"},{\"code\":\"PATCHING\",\"status\":\"IN_PLACE\"},"
                + "{\"code\":\"FIREWALL\",\"status\":\"IN_PLACE\"},{\"code\":\"PHYSICAL\",\"status\":\"NOT_APPLICABLE\"}]}";
        MvcResult missingReason = mvc.perform(put("/api/v1/units/" + unitId + "/infrastructure").header("Authorization", khanhHoi)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(missingReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(missingReason.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("controls[3].reason");
        assertThat(json(get("/api/v1/units/" + unitId + "/infrastructure"), khanhHoi).get("version").asLong()).isEqualTo(current.get("version").asLong());

        String withReason = body.replace("\"status\":\"NOT_APPLICABLE\"}", "\"status\":\"NOT_APPLICABLE\",\"reason\":\"Không có phòng máy\"}");
        assertThat(mvc.perform(put("/api/v1/units/" + unitId + "/infrastructure").header("Authorization", khanhHoi)
                .contentType(MediaType.APPLICATION_JSON).content(withReason)).andReturn().getResponse().getStatus()).isEqualTo(200);
        JsonNode controls = criterion(json(get("/api/v1/units/" + unitId + "/readiness"), khanhHoi), "controls");
        // 3 in place of 6 applicable (7 in the catalogue, 1 not applicable): 15 × 3/6
        assertThat(controls.get("points").decimalValue()).isEqualByComparingTo("7.50");
    }

    @Test
    void badInputIsA400AndChangesNothing() throws Exception {
        String unitId = unit("27259");
        assertThat(mvc.perform(get("/api/v1/assets?support=SOMETIMES").header("Authorization", xomChieu)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/assets?unitId=not-a-uuid").header("Authorization", xomChieu)).andReturn().getResponse().getStatus()).isEqualTo(400);
        long before = count(unitId);
        MvcResult tooLong = mvc.perform(post("/api/v1/assets").header("Authorization", xomChieu).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"" + unitId + "\",\"type\":\"DESKTOP\",\"tag\":\"" + "x".repeat(61)
                        + "\",\"model\":\"a\u202Eb\"}")).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooLong.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("tag", "model");
        assertThat(count(unitId)).isEqualTo(before);
    }

    @Test
    void aCityReadersListsAndRankingAreNeverOlderThanTheLastWrite() throws Exception {
        String leader = api.bearer("leader");
        String unitId = unit("27265");
        long unsupported = json(get("/api/v1/assets?support=UNSUPPORTED&size=1"), leader).get("total").asLong();
        assertThat(json(get("/api/v1/assets?support=UNSUPPORTED&size=1"), leader).get("total").asLong()).isEqualTo(unsupported);
        json(get("/api/v1/readiness?size=200"), leader);

        json(post("/api/v1/assets").contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"" + unitId
                + "\",\"type\":\"DESKTOP\",\"tag\":\"KH-PC-CACHE\",\"purchaseYear\":2013,\"osProduct\":\"windows\",\"osVersion\":\"7\","
                + "\"osEdition\":\"Professional\",\"state\":\"IN_USE\"}"), api.bearer("khanhhoi.officer"));

        assertThat(json(get("/api/v1/assets?support=UNSUPPORTED&size=1"), leader).get("total").asLong()).isEqualTo(unsupported + 1);
        assertThat(rankedScore(leader, unitId)).isEqualByComparingTo(json(get("/api/v1/units/" + unitId + "/readiness"), leader).get("score").decimalValue());
    }

    @Test
    void anAssetWithAnUnknownSystemIsUnknownAndAPersonWhoLeavesKeepsTheirEntry() throws Exception {
        String unitId = unit("27286");
        JsonNode created = json(post("/api/v1/assets").contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"" + unitId
                + "\",\"type\":\"DESKTOP\",\"tag\":\"VH-PC-77\",\"osProduct\":\"windows\",\"osVersion\":\"10\",\"osEdition\":\"Pro\"}"), api.bearer("vinhhoi.officer"));
        assertThat(created.get("support").asString()).isEqualTo("UNKNOWN");

        String vinhHoi = api.bearer("vinhhoi.officer");
        String leader = api.bearer("leader");
        json(get("/api/v1/readiness?size=200"), leader);
        JsonNode register = json(get("/api/v1/units/" + unitId + "/staff"), vinhHoi);
        JsonNode someone = register.get("staff").get(register.get("staff").size() - 1);
        int current = register.get("summary").get("currentStaff").asInt();
        String body = "{\"posts\":" + someone.get("posts") + ",\"selfAssessedSkill\":\"BASIC\",\"testedSkill\":\"NONE\",\"leftOn\":\"2025-10-01\",\"version\":"
                + someone.get("version").asLong() + "}";
        MvcResult left = mvc.perform(put("/api/v1/staff/" + someone.get("id").asString()).header("Authorization", vinhHoi)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(left.getResponse().getStatus()).isEqualTo(200);
        JsonNode after = json(get("/api/v1/units/" + unitId + "/staff"), vinhHoi);
        assertThat(after.get("summary").get("currentStaff").asInt()).isEqualTo(current - 1);
        assertThat(after.get("staff").size()).isEqualTo(register.get("staff").size());
        assertThat(json(get("/api/v1/staff/" + someone.get("id").asString()), vinhHoi).get("leftOn").asString()).isEqualTo("2025-10-01");
        // the unit was rescored in the commit phase of that change: the city ranking read before is not served again
        assertThat(rankedScore(leader, unitId)).isEqualByComparingTo(json(get("/api/v1/units/" + unitId + "/readiness"), leader).get("score").decimalValue());
    }

    private BigDecimal rankedScore(String token, String unitId) throws Exception {
        for (JsonNode row : json(get("/api/v1/readiness?size=200"), token).get("rows").get("items")) {
            if (row.get("unitId").asString().equals(unitId)) {
                return row.get("score").decimalValue();
            }
        }
        throw new AssertionError("unit " + unitId + " is not in the city ranking");
    }

    @Test
    void onlyAnAdministratorRescoresEveryUnitAndTheMonthGetsItsSnapshot() throws Exception {
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        long audits = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'capacity.readiness.recomputed'").query(Long.class).single();
        for (String refused : List.of(xomChieu, leader, api.bearer("wg15.lead"))) {
            MvcResult result = mvc.perform(post("/api/v1/readiness/recompute").header("Authorization", refused)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'capacity.readiness.recomputed'").query(Long.class).single()).isEqualTo(audits);

        jdbc.sql("DELETE FROM capacity_readiness_month WHERE period = :m").param("m", month).update();
        JsonNode answer = json(post("/api/v1/readiness/recompute"), api.bearer("admin"));
        long scored = jdbc.sql("SELECT COUNT(*) FROM capacity_readiness").query(Long.class).single();
        assertThat(answer.get("units").asLong()).isEqualTo(scored).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM capacity_readiness_month WHERE period = :m").param("m", month).query(Long.class).single())
                .isEqualTo(scored);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM capacity_readiness r JOIN capacity_readiness_month m ON m.unit_id = r.unit_id AND m.period = :m "
                + "WHERE m.score <> r.score").param("m", month).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'capacity.readiness.recomputed'").query(Long.class).single()).isEqualTo(audits + 1);
    }

    private static JsonNode criterion(JsonNode readiness, String code) {
        for (JsonNode c : readiness.get("criteria")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code);
    }

    private JsonNode importFile(String unitId, String name, byte[] content, boolean dryRun, String token) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/assets/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("unitId", unitId).param("dryRun", Boolean.toString(dryRun)).header("Authorization", token)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return api.read(result);
    }

    static byte[] xlsx(String[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("inventory");
            String[] header = {"type", "tag", "serial", "model", "purchaseYear", "osProduct", "osVersion", "osEdition", "state", "location"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private long count(String unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM capacity_asset WHERE unit_id = :u").param("u", java.util.UUID.fromString(unitId)).query(Long.class).single();
    }

    private String unit(String code) {
        return jdbc.sql("SELECT id FROM directory_unit WHERE code = :code").param("code", code).query(String.class).single();
    }

    private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", token)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 201);
        return api.read(result);
    }
}
