package org.wardops.difficulties;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.difficulties.internal.GroupingDecisions;
import org.wardops.difficulties.internal.GroupingModel;
import org.wardops.difficulties.internal.SimilarityGrouping;
import org.wardops.support.Actors;
import org.wardops.support.ApiClient;
import org.wardops.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The grouping's thesaurus and tuning: seeded from the bundled file, edited by administrators only (page and API,
 * every other role refused with nothing changed), bad input a localised 400 with nothing changed, every change
 * audited, a change in effect for the next suggestion without a restart; decisions become labelled pairs.
 */
class GroupingAdministrationIntegrationTests extends IntegrationTest {

    private static final List<String> OTHER_ROLES = List.of("leader", "auditor", "wg15.lead", "wg15.member", "dept.sci", "xomchieu.chair",
            "xomchieu.officer", "khanhhoi.officer", "vinhhoi.officer", "volunteer.xomchieu");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiClient api;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GroupingModel model;
    @Autowired
    GroupingDecisions decisions;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theThesaurusIsSeededOnceFromTheBundledFile() throws Exception {
        MvcResult listed = mvc.perform(get("/api/v1/grouping/thesaurus").header("Authorization", api.bearer("admin"))).andReturn();
        assertThat(listed.getResponse().getStatus()).isEqualTo(200);
        JsonNode entries = api.read(listed);
        long bundled;
        try (var in = getClass().getResourceAsStream("/difficulties/thesaurus.txt")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).count();
        }
        assertThat(entries.size()).isEqualTo((int) bundled);
        assertThat(entries.get(0).get("concept").asText()).isEqualTo("chuyển đổi số");
        assertThat(entries.get(0).get("terms").toString()).contains("cđs");
        assertThat(count("difficulties_grouping_state WHERE name = 'thesaurus.seeded'")).isEqualTo(1);
    }

    @Test
    void anAdministratorAddsChangesAndDeletesAnEntryEachChangeAudited() throws Exception {
        String admin = api.bearer("admin");
        long before = count("difficulties_thesaurus_entry");
        MvcResult added = mvc.perform(post("/api/v1/grouping/thesaurus").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"terms\":[\"Xe chữa cháy\",\"xe cứu hỏa\",\"PCCC\"],\"topic\":\"an toàn\",\"weight\":1.5}")).andReturn();
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode entry = api.read(added);
        String id = entry.get("id").asText();
        assertThat(entry.get("concept").asText()).isEqualTo("xe chữa cháy");
        assertThat(entry.get("weight").asDouble()).isEqualTo(1.5);
        assertThat(count("difficulties_thesaurus_entry")).isEqualTo(before + 1);

        MvcResult changed = mvc.perform(put("/api/v1/grouping/thesaurus/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"terms\":[\"xe chữa cháy\",\"xe cứu hỏa\"],\"version\":0}")).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.read(changed).get("terms").toString()).isEqualTo("[\"xe chữa cháy\",\"xe cứu hỏa\"]");
        assertThat(api.read(changed).get("weight").isNull()).isTrue();
        assertThat(mvc.perform(put("/api/v1/grouping/thesaurus/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"terms\":[\"xe chữa cháy\"],\"version\":0}")).andReturn().getResponse().getStatus()).as("stale version").isEqualTo(409);

        assertThat(mvc.perform(delete("/api/v1/grouping/thesaurus/" + id + "?version=1").header("Authorization", admin)).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(count("difficulties_thesaurus_entry")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE entity_id = :id ORDER BY seq").param("id", UUID.fromString(id))
                .query(String.class).list())
                .containsExactly("difficulties.thesaurus.added", "difficulties.thesaurus.changed", "difficulties.thesaurus.removed");
    }

    @Test
    void blankRepeatedTakenOrOverlongTermsAreALocalisedBadRequestAndChangeNothing() throws Exception {
        String admin = api.bearer("admin");
        long before = count("difficulties_thesaurus_entry");
        long revision = revision();
        String[][] cases = {
                {"{\"terms\":[]}", "difficulties.error.thesaurus.termsRequired", "Enter at least one term."},
                {"{\"terms\":[\"xe cứu hỏa\",\"  \"]}", "difficulties.error.thesaurus.termBlank", "A term is empty or has no letters."},
                {"{\"terms\":[\"xe cứu hỏa\",\"xe cuu hoa\"]}", "difficulties.error.thesaurus.termRepeated", "The term “xe cuu hoa” appears twice in this entry."},
                {"{\"terms\":[\"xe cứu hỏa\",\"Cán bộ\"]}", "difficulties.error.thesaurus.termTaken", "The term “cán bộ” already belongs to the entry “công chức”."},
                {"{\"terms\":[\"" + "a".repeat(101) + "\"]}", "difficulties.error.thesaurus.termTooLong", "longer than 100 characters"},
                {"{\"terms\":[\"xe cứu hỏa\"],\"weight\":9}", "difficulties.error.thesaurus.weightOutOfRange", "between 0.2 and 3"},
        };
        for (String[] bad : cases) {
            MvcResult answer = mvc.perform(post("/api/v1/grouping/thesaurus?lang=en").header("Authorization", admin)
                    .contentType(MediaType.APPLICATION_JSON).content(bad[0])).andReturn();
            assertThat(answer.getResponse().getStatus()).as(bad[0]).isEqualTo(400);
            JsonNode error = api.read(answer).get("errors").get(0);
            assertThat(error.get("code").asText()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(error.get("message").asText()).as(bad[0]).contains(bad[2]);
        }
        MvcResult vietnamese = mvc.perform(post("/api/v1/grouping/thesaurus?lang=vi").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"terms\":[\"cán bộ\"]}")).andReturn();
        assertThat(api.read(vietnamese).get("errors").get(0).get("message").asText()).isEqualTo("Từ “cán bộ” đã thuộc mục “công chức”.");
        MvcResult german = mvc.perform(post("/api/v1/grouping/thesaurus?lang=de").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"terms\":[\"cán bộ\"]}")).andReturn();
        assertThat(api.read(german).get("errors").get(0).get("message").asText()).isEqualTo("Der Ausdruck „cán bộ“ gehört schon zum Eintrag „công chức“.");
        MvcResult page = mvc.perform(post("/admin/grouping/thesaurus").with(csrf()).with(actors.session("admin"))
                .param("terms", "xe cứu hỏa, xe chữa cháy").param("weight", "nhiều")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("xe cứu hỏa, xe chữa cháy");
        assertThat(count("difficulties_thesaurus_entry")).isEqualTo(before);
        assertThat(revision()).isEqualTo(revision);
    }

    @Test
    void onlyAnAdministratorReadsOrChangesTheThesaurusAndTuningOnPageOrApi() throws Exception {
        String anyEntry = jdbc.sql("SELECT id FROM difficulties_thesaurus_entry ORDER BY sort_order LIMIT 1").query(UUID.class).single().toString();
        long entries = count("difficulties_thesaurus_entry");
        long runs = count("difficulties_grouping_tuning");
        String admin = api.bearer("admin");
        assertThat(mvc.perform(get("/admin/grouping").with(actors.session("admin"))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/grouping/thesaurus/" + anyEntry).with(actors.session("admin"))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/grouping/tuning").header("Authorization", admin)).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String role : OTHER_ROLES) {
            String token = api.bearer(role);
            assertThat(mvc.perform(get("/api/v1/grouping/thesaurus").header("Authorization", token)).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(get("/api/v1/grouping/thesaurus/" + anyEntry).header("Authorization", token)).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(post("/api/v1/grouping/thesaurus").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"terms\":[\"xe cứu hỏa\"]}")).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(put("/api/v1/grouping/thesaurus/" + anyEntry).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"terms\":[\"xe cứu hỏa\"],\"version\":0}")).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(delete("/api/v1/grouping/thesaurus/" + anyEntry + "?version=0").header("Authorization", token)).andReturn()
                    .getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(get("/api/v1/grouping/tuning").header("Authorization", token)).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(post("/api/v1/grouping/tuning").header("Authorization", token)).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(get("/admin/grouping").with(actors.session(role))).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(post("/admin/grouping/thesaurus").with(csrf()).with(actors.session(role)).param("terms", "xe cứu hỏa"))
                    .andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(post("/admin/grouping/thesaurus/" + anyEntry + "/delete").with(csrf()).with(actors.session(role)).param("version", "0"))
                    .andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(mvc.perform(post("/admin/grouping/tuning").with(csrf()).with(actors.session(role))).andReturn().getResponse().getStatus())
                    .as(role).isEqualTo(403);
        }
        assertThat(count("difficulties_thesaurus_entry")).isEqualTo(entries);
        assertThat(count("difficulties_grouping_tuning")).isEqualTo(runs);
    }

    @Test
    void aThesaurusChangeChangesTheNextSuggestionWithoutARestart() throws Exception {
        List<SimilarityGrouping.Text> texts = List.of(
                new SimilarityGrouping.Text(UUID.randomUUID(), "Thiếu xe cứu thương", "Trạm y tế phường chưa có xe cứu thương riêng.", "", "HEALTH"),
                new SimilarityGrouping.Text(UUID.randomUUID(), "Không có ô tô cấp cứu", "Người bệnh phải chờ ô tô cấp cứu từ bệnh viện quận.", "", "HEALTH"),
                new SimilarityGrouping.Text(UUID.randomUUID(), "Máy in hỏng", "Bộ phận một cửa không in được phiếu hẹn.", "", "INFRASTRUCTURE"),
                new SimilarityGrouping.Text(UUID.randomUUID(), "Thiếu kinh phí tập huấn", "Chưa có kinh phí mở lớp tập huấn.", "", "FINANCE"));
        assertThat(model.grouping().group(texts, model.settings().threshold())).as("before the entry").isEmpty();

        MvcResult added = mvc.perform(post("/admin/grouping/thesaurus").with(csrf()).with(actors.session("admin"))
                .param("terms", "xe cứu thương, ô tô cấp cứu, xe cấp cứu").param("topic", "y tế").param("weight", "1,2")).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        UUID id = jdbc.sql("SELECT id FROM difficulties_thesaurus_entry WHERE concept = 'xe cứu thương'").query(UUID.class).single();
        assertThat(jdbc.sql("SELECT weight FROM difficulties_thesaurus_entry WHERE id = :id").param("id", id).query(Double.class).single()).isEqualTo(1.2);
        List<SimilarityGrouping.Group> after = model.grouping().group(texts, model.settings().threshold());
        assertThat(after).hasSize(1);
        assertThat(after.getFirst().ids()).containsExactlyInAnyOrder(texts.get(0).id(), texts.get(1).id());
        assertThat(after.getFirst().sharedTerms()).anyMatch(term -> term.equals("xe cứu thương") || term.equals("ô tô cấp cứu"));
        assertThat(model.settings().rebuildMicros()).as("rebuild cost").isLessThan(2_000_000);

        assertThat(mvc.perform(post("/admin/grouping/thesaurus/" + id + "/delete").with(csrf()).with(actors.session("admin")).param("version", "0"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(model.grouping().group(texts, model.settings().threshold())).as("after deleting the entry").isEmpty();
    }

    @Test
    void decisionsBecomeLabelledPairsAndTuningWithoutEnoughOfThemKeepsTheDefaults() throws Exception {
        UUID person = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        try {
            decisions.shown("k1", List.of(a, b, c));
            inTransaction(() -> decisions.grouped("k1", List.of(a, b), person, Instant.now()));
            assertThat(label(a, b)).isEqualTo("true");
            assertThat(label(a, c)).isEqualTo("false");
            assertThat(label(b, c)).isEqualTo("false");
            decisions.shown("k2", List.of(a, c));
            inTransaction(() -> decisions.rejected("k2", person, Instant.now()));
            assertThat(label(a, c)).isEqualTo("false");
            inTransaction(() -> decisions.added(List.of(c), List.of(a, b), person, Instant.now()));
            assertThat(label(a, c)).as("the latest decision counts").isEqualTo("true");
        } finally {
            jdbc.sql("DELETE FROM difficulties_grouping_pair WHERE decided_by = :person").param("person", person).update();
        }

        MvcResult tuned = mvc.perform(post("/api/v1/grouping/tuning").header("Authorization", api.bearer("admin"))).andReturn();
        assertThat(tuned.getResponse().getStatus()).isEqualTo(200);
        JsonNode run = api.read(tuned);
        // the demo's common difficulties were built by hand: many "same" pairs, no "not the same" one yet
        assertThat(count("difficulties_grouping_pair WHERE same = FALSE")).isZero();
        assertThat(count("difficulties_grouping_pair WHERE same = TRUE")).isPositive();
        assertThat(run.get("outcome").asText()).isEqualTo("TOO_FEW_PAIRS");
        assertThat(run.get("threshold").asDouble()).isEqualTo(SimilarityGrouping.DEFAULT_THRESHOLD);
        assertThat(run.get("precision").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'difficulties.grouping.tuned'").query(Long.class).single()).isPositive();
        String page = mvc.perform(get("/admin/grouping").param("lang", "en").with(actors.session("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Latest tuning").contains("Similarity threshold").contains("The defaults stay: not enough labelled pairs yet.");
    }

    private String label(UUID one, UUID other) {
        UUID first = one.compareTo(other) < 0 ? one : other;
        UUID second = first.equals(one) ? other : one;
        return jdbc.sql("SELECT same FROM difficulties_grouping_pair WHERE difficulty_a = :a AND difficulty_b = :b").param("a", first).param("b", second)
                .query(Boolean.class).optional().map(String::valueOf).orElse("none");
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    private long revision() {
        return jdbc.sql("SELECT counter FROM difficulties_grouping_state WHERE name = 'revision'").query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
