package org.wardops.difficulties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wardops.directory.DirectoryManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.security.Scope;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks the authorization tables of docs/difficulties.md: every action × every demo account × a record of working
 * group no. 15, of another working group and of the city office, on the API (the {@code actions} field and the POST)
 * and on the page (the form or link offered, and the POST), and asserts that all four agree with the table.
 */
class DifficultiesAuthorizationIntegrationTests extends IntegrationTest {

    static final List<String> ROLES = List.of("admin", "leader", "auditor", "wg15.lead", "wg15.member", "dept.sci", "xomchieu.chair",
            "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");
    static final List<String> OWNERS = List.of("own group", "other group", "city office");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DifficultyManagement difficulties;
    @Autowired
    CommonDifficultyManagement commons;
    @Autowired
    ProposalManagement proposals;
    @Autowired
    DirectoryManagement directory;

    private final Map<String, String> tokens = new HashMap<>();
    private UUID group15;
    private UUID otherGroup;
    private UUID xomChieu;
    private UUID otherWard;

    @BeforeEach
    void units() {
        CurrentActor.runAs(Actor.system(), () -> {
            group15 = directory.unitByCode("79-TCT-15").orElseThrow().id();
            otherGroup = directory.unitByCode("79-TCT-14").orElseThrow().id();
            xomChieu = directory.unitByCode("27259").orElseThrow().id();
            otherWard = directory.unitsSupervisedBy(otherGroup).iterator().next();
        });
    }

    @Test
    void proposalActionsAgreeWithTheTableOnApiAndPage() throws Exception {
        Map<String, Map<String, Boolean>> table = table("proposal");
        assertThat(table.keySet()).hasSize(ProposalAction.values().length * ROLES.size());
        List<String> disagreements = new ArrayList<>();
        for (ProposalAction action : ProposalAction.values()) {
            for (String role : ROLES) {
                for (String owner : OWNERS) {
                    boolean expected = table.get(action + " " + role).get(owner);
                    String where = action + " " + role + " " + owner;

                    UUID viaApi = proposalReadyFor(action, owner);
                    JsonNode shown = api.read(mvc.perform(get("/api/v1/proposals/" + viaApi).header("Authorization", token(role))).andReturn());
                    check(disagreements, where + " api actions", expected, contains(shown.get("actions"), action.name()));
                    int status = mvc.perform(post("/api/v1/proposals/" + viaApi + "/" + action.name().toLowerCase())
                                    .header("Authorization", token(role)).contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"version\":" + version("difficulties_proposal", viaApi)
                                            + ",\"decisionText\":\"Đồng ý chủ trương.\",\"decisionDate\":\"2026-12-01\"}"))
                            .andReturn().getResponse().getStatus();
                    check(disagreements, where + " api post " + status, expected, status == 200);
                    if (!expected) {
                        check(disagreements, where + " api refusal is 403 (" + status + ")", true, status == 403);
                        check(disagreements, where + " api state unchanged", true, stateOf(viaApi).equals(stateBefore(action).name()));
                    }

                    UUID viaPage = proposalReadyFor(action, owner);
                    String page = page("/proposals/" + viaPage, role);
                    check(disagreements, where + " page form", expected,
                            page.contains("action=\"/proposals/" + viaPage + "/" + action.name().toLowerCase() + "\""));
                    MvcResult posted = mvc.perform(post("/proposals/" + viaPage + "/" + action.name().toLowerCase()).with(csrf())
                                    .with(actors.session(role)).param("version", String.valueOf(version("difficulties_proposal", viaPage)))
                                    .param("confirm", "true").param("decisionText", "Đồng ý chủ trương.").param("decisionDate", "2026-12-01"))
                            .andReturn();
                    check(disagreements, where + " page post " + posted.getResponse().getStatus(), expected,
                            posted.getResponse().getStatus() == 302);
                    if (!expected) {
                        check(disagreements, where + " page refusal re-renders with its message (403)", true, posted.getResponse().getStatus() == 403
                                && posted.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("role=\"alert\""));
                        check(disagreements, where + " page state unchanged", true, stateOf(viaPage).equals(stateBefore(action).name()));
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void commonDifficultyActionsAgreeWithTheTableOnApiAndPage() throws Exception {
        Map<String, Map<String, Boolean>> table = table("common");
        assertThat(table.keySet()).hasSize(CommonDifficultyAction.values().length * ROLES.size());
        Map<String, UUID> byOwner = new LinkedHashMap<>();
        for (String owner : OWNERS) {
            byOwner.put(owner, common(owner));
        }
        List<String> disagreements = new ArrayList<>();
        for (String role : ROLES) {
            for (String owner : OWNERS) {
                UUID id = byOwner.get(owner);
                JsonNode shown = api.read(mvc.perform(get("/api/v1/common-difficulties/" + id).header("Authorization", token(role))).andReturn());
                String page = page("/common-difficulties/" + id, role);

                boolean add = table.get("ADD_MEMBERS " + role).get(owner);
                String where = "ADD_MEMBERS " + role + " " + owner;
                check(disagreements, where + " api actions", add, contains(shown.get("actions"), "ADD_MEMBERS"));
                check(disagreements, where + " page form", add, page.contains("action=\"/common-difficulties/" + id + "/members\"")
                        || page.contains("id=\"add-members\""));
                UUID fresh = submittedDifficulty(xomChieu, false);
                int status = mvc.perform(post("/api/v1/common-difficulties/" + id + "/members").header("Authorization", token(role))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"difficultyIds\":[\"" + fresh + "\"],\"version\":" + version("difficulties_common", id) + "}"))
                        .andReturn().getResponse().getStatus();
                check(disagreements, where + " api post " + status, add, status == 200);
                check(disagreements, where + " api member added", add, isMember(id, fresh));
                if (!add) {
                    check(disagreements, where + " api refusal is 403 (" + status + ")", true, status == 403);
                }
                UUID freshForPage = submittedDifficulty(xomChieu, false);
                MvcResult posted = mvc.perform(post("/common-difficulties/" + id + "/members").with(csrf()).with(actors.session(role))
                        .param("version", String.valueOf(version("difficulties_common", id))).param("difficultyIds", freshForPage.toString()))
                        .andReturn();
                check(disagreements, where + " page post " + posted.getResponse().getStatus(), add, posted.getResponse().getStatus() == 302);
                check(disagreements, where + " page member added", add, isMember(id, freshForPage));
                if (!add) {
                    check(disagreements, where + " page refusal re-renders with its message (403)", true, posted.getResponse().getStatus() == 403
                            && posted.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("role=\"alert\""));
                }

                boolean propose = table.get("PROPOSE " + role).get(owner);
                where = "PROPOSE " + role + " " + owner;
                check(disagreements, where + " api actions", propose, contains(shown.get("actions"), "PROPOSE"));
                check(disagreements, where + " page link", propose, page.contains("/proposals/new?common=" + id));
                long before = count("difficulties_proposal");
                status = mvc.perform(post("/api/v1/proposals").header("Authorization", token(role)).contentType(MediaType.APPLICATION_JSON)
                                .content(proposalJson(id)))
                        .andReturn().getResponse().getStatus();
                check(disagreements, where + " api post " + status, propose, status == 201);
                if (!propose) {
                    check(disagreements, where + " api refusal is 403 (" + status + ")", true, status == 403);
                    check(disagreements, where + " api nothing created", true, count("difficulties_proposal") == before);
                }
                before = count("difficulties_proposal");
                posted = mvc.perform(post("/proposals").with(csrf()).with(actors.session(role)).param("title", "Đề xuất thử " + role)
                                .param("problem", "Vấn đề").param("mechanism", "Cơ chế").param("decidingBody", "Ban Thường vụ Thành ủy")
                                .param("requestedDecision", "Thống nhất chủ trương").param("commonDifficultyIds", id.toString()))
                        .andReturn();
                check(disagreements, where + " page post " + posted.getResponse().getStatus(), propose, posted.getResponse().getStatus() == 302);
                if (!propose) {
                    String body = posted.getResponse().getContentAsString(StandardCharsets.UTF_8);
                    check(disagreements, where + " page refusal keeps the input (403)", true, posted.getResponse().getStatus() == 403
                            && body.contains("role=\"alert\"") && body.contains("Đề xuất thử " + role));
                    check(disagreements, where + " page nothing created", true, count("difficulties_proposal") == before);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aConfidentialMembersUnitIsCountedNotNamedOutsideScope() throws Exception {
        UUID secret = submittedDifficulty(xomChieu, true);
        UUID open = submittedDifficulty(otherWard, false);
        UUID common = as(Actor.system(), () -> commons.create(new NewCommonDifficulty("Thiếu máy chủ lưu trữ", "Thiếu máy chủ", null,
                List.of(secret, open), null)).id());
        UUID proposal = as(Actor.system(), () -> proposals.create(new NewProposal("Đề xuất máy chủ", "Thiếu máy chủ", "Cấp máy chủ",
                "Ban Thường vụ Thành ủy", "Thống nhất", null, List.of(common))).id());
        String xomChieuName = as(Actor.system(), () -> directory.unit(xomChieu).name());
        String otherName = as(Actor.system(), () -> directory.unit(otherWard).name());

        JsonNode outside = api.read(mvc.perform(get("/api/v1/common-difficulties/" + common).header("Authorization", token("khanhhoi.officer"))).andReturn());
        assertThat(outside.get("unitsAffected").asInt()).isEqualTo(2);
        assertThat(outside.get("units").toString()).contains(otherName).doesNotContain(xomChieuName).doesNotContain(xomChieu.toString());
        assertThat(outside.get("members").toString()).doesNotContain(secret.toString());
        JsonNode proposalOutside = api.read(mvc.perform(get("/api/v1/proposals/" + proposal).header("Authorization", token("khanhhoi.officer"))).andReturn());
        assertThat(proposalOutside.get("unitsAffectedCount").asInt()).isEqualTo(2);
        assertThat(proposalOutside.get("unitsAffected").toString()).contains(otherName).doesNotContain(xomChieuName);
        assertThat(page("/common-difficulties/" + common, "khanhhoi.officer")).contains(otherName).doesNotContain(xomChieuName);
        assertThat(page("/proposals/" + proposal, "khanhhoi.officer")).contains(otherName).doesNotContain(xomChieuName);
        byte[] docx = mvc.perform(get("/api/v1/proposals/" + proposal + "/document").param("format", "docx")
                .header("Authorization", token("khanhhoi.officer"))).andReturn().getResponse().getContentAsByteArray();
        try (var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains(otherName).doesNotContain(xomChieuName);
        }

        JsonNode inside = api.read(mvc.perform(get("/api/v1/common-difficulties/" + common).header("Authorization", token("wg15.lead"))).andReturn());
        assertThat(inside.get("unitsAffected").asInt()).isEqualTo(2);
        assertThat(inside.get("units").toString()).contains(xomChieuName, otherName);
        assertThat(page("/proposals/" + proposal, "xomchieu.officer")).contains(xomChieuName, otherName);
    }

    @Test
    void difficultyActionsAgreeWithTheTableOnApiAndPage() throws Exception {
        Map<String, Map<String, Boolean>> table = table("difficulty");
        assertThat(table.keySet()).hasSize(DifficultyAction.values().length * ROLES.size());
        List<String> disagreements = new ArrayList<>();
        for (DifficultyAction action : DifficultyAction.values()) {
            for (String role : ROLES) {
                for (String owner : List.of("own", "other")) {
                    boolean expected = table.get(action + " " + role).get(owner);
                    String where = action + " " + role + " " + owner;

                    UUID viaApi = difficultyReadyFor(action, owner);
                    MvcResult read = mvc.perform(get("/api/v1/difficulties/" + viaApi).header("Authorization", token(role))).andReturn();
                    boolean offered = read.getResponse().getStatus() == 200 && contains(api.read(read).get("actions"), action.name());
                    check(disagreements, where + " api actions", expected, offered);
                    long before = version("difficulties_difficulty", viaApi);
                    long entries = entries(viaApi);
                    int status = mvc.perform(apiRequest(action, viaApi, before).header("Authorization", token(role))).andReturn().getResponse().getStatus();
                    check(disagreements, where + " api post " + status, expected, status / 100 == 2);
                    if (!expected) {
                        check(disagreements, where + " api refusal is 403/404, or 422 for a rule (" + status + ")", true,
                                status == 403 || status == 404 || status == 422);
                        check(disagreements, where + " api nothing changed", true,
                                version("difficulties_difficulty", viaApi) == before && entries(viaApi) == entries && cosigns(viaApi) == 0);
                    }

                    UUID viaPage = difficultyReadyFor(action, owner);
                    MvcResult shown = mvc.perform(get("/difficulties/" + viaPage).with(actors.session(role))).andReturn();
                    String page = shown.getResponse().getContentAsString(StandardCharsets.UTF_8);
                    check(disagreements, where + " page form", expected, shown.getResponse().getStatus() == 200 && offers(page, action, viaPage));
                    before = version("difficulties_difficulty", viaPage);
                    entries = entries(viaPage);
                    MvcResult posted = mvc.perform(pageRequest(action, viaPage, before).with(csrf()).with(actors.session(role))).andReturn();
                    int pageStatus = posted.getResponse().getStatus();
                    check(disagreements, where + " page post " + pageStatus, expected, pageStatus == 302);
                    if (!expected) {
                        boolean inPlace = (pageStatus == 200 || pageStatus == 403) && posted.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("role=\"alert\"");
                        check(disagreements, where + " page refusal in place or hidden (" + pageStatus + ")", true, inPlace || pageStatus == 404);
                        check(disagreements, where + " page nothing changed", true,
                                version("difficulties_difficulty", viaPage) == before && entries(viaPage) == entries && cosigns(viaPage) == 0);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private UUID difficultyReadyFor(DifficultyAction action, String owner) {
        UUID unit = "own".equals(owner) ? xomChieu : otherWard;
        return as(Actor.system(), () -> {
            DifficultyView d = difficulties.create(new SaveDifficulty(unit, "Thiếu máy chủ " + UUID.randomUUID(), "Máy chủ đã đầy.",
                    "INFRASTRUCTURE", Severity.MEDIUM, "Cấp thêm máy chủ.", null, DifficultySource.AD_HOC, null, false));
            if (action == DifficultyAction.EDIT || action == DifficultyAction.SUBMIT) {
                return d.id();
            }
            d = difficulties.submit(d.id(), d.version());
            if (action == DifficultyAction.FORWARD || action == DifficultyAction.ESCALATE) {
                d = difficulties.accept(d.id(), d.version(), null);
            } else if (action == DifficultyAction.RESOLVE || action == DifficultyAction.REOPEN) {
                d = difficulties.answer(d.id(), d.version(), "Đã bổ sung máy chủ.");
            }
            return d.id();
        });
    }

    private org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> apiRequest(DifficultyAction action, UUID id, long version)
            throws Exception {
        String base = "/api/v1/difficulties/" + id;
        String body = "{\"version\":" + version + ",\"text\":\"Nội dung\",\"reason\":\"Lý do\",\"note\":\"Ghi chú\","
                + "\"addressee\":{\"type\":\"DEPARTMENT\",\"unitId\":\"" + department() + "\"}}";
        return switch (action) {
            case EDIT -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":" + version + ",\"unitId\":\"" + xomChieu + "\",\"title\":\"Tiêu đề mới\",\"description\":\"Mô tả\","
                            + "\"category\":\"INFRASTRUCTURE\",\"severity\":\"LOW\",\"recommendation\":\"Kiến nghị\"}");
            case FEEDBACK, QUESTION, REPLY -> post(base + "/comments").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"" + action.name() + "\",\"text\":\"Nội dung\"}");
            case COSIGN -> post(base + "/cosign").contentType(MediaType.APPLICATION_JSON).content("{\"detail\":\"Chúng tôi cũng vậy\"}");
            case ATTACH -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base + "/attachments")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "anh.png", "image/png", PNG));
            default -> post(base + "/" + action.name().toLowerCase()).contentType(MediaType.APPLICATION_JSON).content(body);
        };
    }

    private org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> pageRequest(DifficultyAction action, UUID id, long version) {
        String base = "/difficulties/" + id;
        return switch (action) {
            case EDIT -> post(base).param("version", String.valueOf(version)).param("title", "Tiêu đề mới").param("description", "Mô tả")
                    .param("category", "INFRASTRUCTURE").param("severity", "LOW").param("recommendation", "Kiến nghị")
                    .param("addresseeType", "WORKING_GROUP");
            case FEEDBACK, QUESTION, REPLY -> post(base + "/comment").param("kind", action.name()).param("text", "Nội dung");
            case ATTACH -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base + "/attachments")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "anh.png", "image/png", PNG));
            case FORWARD -> post(base + "/forward").param("version", String.valueOf(version)).param("text", "Chuyển Sở")
                    .param("addresseeType", "DEPARTMENT").param("addresseeUnitId", department().toString());
            default -> post(base + "/" + action.name().toLowerCase()).param("version", String.valueOf(version)).param("text", "Nội dung");
        };
    }

    /** Whether the difficulty page offers the action: its form, its link, or its choice in the one-action-at-a-time list. */
    private static boolean offers(String page, DifficultyAction action, UUID id) {
        String base = "/difficulties/" + id;
        String choice = "href=\"" + base + "?action=" + action.name().toLowerCase() + "#action-form\"";
        return switch (action) {
            case EDIT -> page.contains("href=\"" + base + "/edit\"");
            case ATTACH -> page.contains("action=\"" + base + "/attachments\"");
            case SUBMIT, RESOLVE, COSIGN -> page.contains("action=\"" + base + "/" + action.name().toLowerCase() + "\"");
            default -> page.contains(choice);
        };
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};

    private UUID department() {
        return java.util.Objects.requireNonNull(actors.actor("dept.sci").unitId());
    }

    private long entries(UUID difficulty) {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_entry WHERE difficulty_id = :id").param("id", difficulty).query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM difficulties_attachment WHERE difficulty_id = :id").param("id", difficulty).query(Long.class).single();
    }

    private long cosigns(UUID difficulty) {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_cosign WHERE difficulty_id = :id").param("id", difficulty).query(Long.class).single();
    }

    // --- fixtures ---------------------------------------------------------------------------------------------------

    private UUID proposalReadyFor(ProposalAction action, String owner) {
        UUID common = as(Actor.system(), () -> commons.create(new NewCommonDifficulty("Khó khăn chung " + UUID.randomUUID(), "Tóm tắt", null,
                List.of(submittedDifficulty(xomChieu, false), submittedDifficulty(otherWard, false)), null)).id());
        ProposalView proposal = as(ownerActor(owner), () -> proposals.create(new NewProposal("Đề xuất " + owner, "Vấn đề", "Cơ chế",
                "Ban Thường vụ Thành ủy", "Thống nhất chủ trương", LocalDate.of(2030, 1, 1), List.of(common))));
        return as(Actor.system(), () -> {
            ProposalView p = proposal;
            for (ProposalAction step : ProposalAction.values()) {
                if (step == action) {
                    break;
                }
                p = switch (step) {
                    case SUBMIT -> proposals.submit(p.id(), p.version());
                    case DECIDE -> proposals.decide(p.id(), p.version(), "Đồng ý", LocalDate.of(2026, 11, 30));
                    case IMPLEMENT -> proposals.startImplementation(p.id(), p.version());
                    case COMPLETE -> proposals.complete(p.id(), p.version());
                };
            }
            return p.id();
        });
    }

    private UUID common(String owner) {
        UUID unit = "other group".equals(owner) ? otherWard : xomChieu;
        return as(ownerActor(owner), () -> commons.create(new NewCommonDifficulty("Khó khăn chung của " + owner, "Tóm tắt", null,
                List.of(submittedDifficulty(unit, false), submittedDifficulty(unit, false)), null)).id());
    }

    /** The owner as an actor: working group no. 15's leader, a leader of another group (no demo account), or the city office (the system). */
    private Actor ownerActor(String owner) {
        return switch (owner) {
            case "own group" -> actors.actor("wg15.lead");
            case "other group" -> {
                Set<UUID> scope = new HashSet<>(as(Actor.system(), () -> directory.unitsSupervisedBy(otherGroup)));
                scope.add(otherGroup);
                yield new Actor(UUID.randomUUID(), "wg14.lead", "Tổ trưởng tổ 14", null, otherGroup, "Tổ công tác số 14", otherGroup,
                        Set.of(Role.WORKING_GROUP_LEADER), Scope.units(scope));
            }
            default -> Actor.system();
        };
    }

    private UUID submittedDifficulty(UUID unit, boolean confidential) {
        return as(Actor.system(), () -> {
            DifficultyView draft = difficulties.create(new SaveDifficulty(unit, "Thiếu máy chủ " + UUID.randomUUID(), "Máy chủ đã đầy.",
                    "INFRASTRUCTURE", Severity.MEDIUM, "Cấp thêm máy chủ.", null, DifficultySource.AD_HOC, null, confidential));
            return difficulties.submit(draft.id(), draft.version()).id();
        });
    }

    private static ProposalState stateBefore(ProposalAction action) {
        return ProposalState.values()[action.ordinal()];
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** The table of the section {@code <!-- authorization:name -->} in docs/difficulties.md: "ACTION role" → owner → allowed. */
    static Map<String, Map<String, Boolean>> table(String name) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/difficulties.md"), StandardCharsets.UTF_8);
        Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
        int start = lines.indexOf("<!-- authorization:" + name + " -->");
        assertThat(start).as("section " + name).isNotNegative();
        List<String> header = List.of(cells(lines.get(start + 1)));
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = cells(lines.get(i));
            Map<String, Boolean> row = new LinkedHashMap<>();
            for (int c = 2; c < cells.length; c++) {
                assertThat(cells[c]).as(lines.get(i)).isIn("✓", "—");
                row.put(header.get(c), "✓".equals(cells[c]));
            }
            table.put(cells[0] + " " + cells[1], row);
        }
        return table;
    }

    private static String[] cells(String line) {
        String trimmed = line.strip();
        return java.util.Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|")).map(String::strip).toArray(String[]::new);
    }

    private static void check(List<String> disagreements, String where, boolean expected, boolean actual) {
        if (expected != actual) {
            disagreements.add(where + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean contains(JsonNode array, String value) {
        if (array == null) {
            return false;
        }
        for (JsonNode item : array) {
            if (item.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private String token(String role) throws Exception {
        String token = tokens.get(role);
        if (token == null) {
            token = api.bearer(role);
            tokens.put(role, token);
        }
        return token;
    }

    private String page(String path, String role) throws Exception {
        return mvc.perform(get(path).with(actors.session(role))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(String table, UUID id) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private String stateOf(UUID proposal) {
        return jdbc.sql("SELECT state FROM difficulties_proposal WHERE id = :id").param("id", proposal).query(String.class).single();
    }

    private boolean isMember(UUID common, UUID difficulty) {
        return jdbc.sql("SELECT COUNT(*) FROM difficulties_common_member WHERE common_id = :c AND difficulty_id = :d")
                .param("c", common).param("d", difficulty).query(Long.class).single() > 0;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String proposalJson(UUID common) {
        return "{\"title\":\"Đề xuất thử\",\"problem\":\"Vấn đề\",\"mechanism\":\"Cơ chế\",\"decidingBody\":\"Ban Thường vụ Thành ủy\","
                + "\"requestedDecision\":\"Thống nhất chủ trương\",\"commonDifficultyIds\":[\"" + common + "\"]}";
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        return CurrentActor.runAs(actor, work);
    }
}
