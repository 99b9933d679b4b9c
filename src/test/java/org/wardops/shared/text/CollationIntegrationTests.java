package org.wardops.shared.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.wardops.difficulties.CommonDifficultyManagement;
import org.wardops.difficulties.CommonDifficultyView;
import org.wardops.difficulties.ProposalAnnex;
import org.wardops.difficulties.ProposalManagement;
import org.wardops.difficulties.UnitRef;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;
import org.wardops.tasks.TaskReviewManagement;
import org.wardops.tasks.TaskStatistics;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every list and document that orders names uses the one Vietnamese collation (issue 12). */
class CollationIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProposalManagement proposals;
    @Autowired
    CommonDifficultyManagement commons;
    @Autowired
    TaskReviewManagement reviews;
    @Autowired
    DirectoryManagement directory;

    @Test
    void theProposalAnnexIsInVietnameseOrderOnThePageInWordAndInPdf() throws Exception {
        UUID id = demoProposal();
        List<String> names = actors.as("leader", () -> proposals.annex(id)).rows().stream().map(ProposalAnnex.Row::unitName).toList();
        assertThat(names).hasSizeGreaterThan(3).isSortedAccordingTo(VietnameseCollation.comparator());

        String page = mvc.perform(get("/proposals/" + id).with(actors.session("leader"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertAppearInOrder(page.substring(page.indexOf("id=\"annex\"")), names);

        byte[] docx = mvc.perform(get("/proposals/" + id + "/document").param("format", "docx").param("style", "state")
                .with(actors.session("leader"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable annex = document.getTables().stream()
                    .filter(table -> table.getRow(0).getTableCells().size() > 1 && table.getRow(0).getCell(1).getText().strip().equals("Đơn vị"))
                    .findFirst().orElseThrow();
            List<String> column = new ArrayList<>();
            for (XWPFTableRow row : annex.getRows().subList(1, annex.getRows().size())) {
                column.add(row.getCell(1).getText().strip());
            }
            assertThat(column).containsExactlyElementsOf(names);
        }

        byte[] pdf = mvc.perform(get("/proposals/" + id + "/document").param("format", "pdf").param("style", "state")
                .with(actors.session("leader"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument opened = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(opened), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            // A long name wraps inside its narrow table cell, the next column's text comes between its lines, and the PDF's
            // glyphs may extract with other combining marks: compare the first two words, folded.
            String folded = SearchText.fold(text.substring(text.indexOf("PHỤ LỤC")));
            assertAppearInOrder(folded, names.stream().map(name -> String.join(" ",
                    java.util.Arrays.asList(SearchText.fold(name).split(" ")).subList(0, 2))).toList());
        }
    }

    @Test
    void theUnitsOfACommonDifficultyAndItsMembersAreInVietnameseOrder() {
        List<CommonDifficultyView> all = actors.as("leader", () -> commons.commonDifficulties(new org.wardops.shared.PageRequest(0, 50))).items();
        assertThat(all).isNotEmpty();
        for (CommonDifficultyView common : all) {
            assertThat(common.units().stream().map(UnitRef::name).toList()).isSortedAccordingTo(VietnameseCollation.comparator());
            assertThat(common.members().stream().map(member -> member.unitName()).toList()).isSortedAccordingTo(VietnameseCollation.comparator());
        }
    }

    @Test
    void tiesInTheTaskStatisticsAreInVietnameseOrderAndWorkingGroupsByNumber() {
        for (String groupBy : List.of("unit", "workingGroup")) {
            List<TaskStatistics.Row> rows = actors.as("leader", () -> reviews.statistics(groupBy)).rows();
            for (int i = 1; i < rows.size(); i++) {
                TaskStatistics.Row before = rows.get(i - 1);
                TaskStatistics.Row after = rows.get(i);
                if (sameStanding(before, after)) {
                    assertThat(VietnameseCollation.comparator().compare(before.name(), after.name()))
                            .as("%s before %s", before.name(), after.name()).isNotPositive();
                }
            }
        }
        List<String> groups = actors.as("leader", () -> directory.workingGroups("79")).stream().map(UnitView::name).toList();
        assertThat(groups).isSortedAccordingTo(VietnameseCollation.comparator());
        assertThat(groups.get(1)).contains("2");
    }

    private static boolean sameStanding(TaskStatistics.Row a, TaskStatistics.Row b) {
        // the ranking rule's keys before the name (TaskStatistics.RANKING)
        return a.onTimeRate() == b.onTimeRate() && a.overdue() == b.overdue() && a.averageDelayDays() == b.averageDelayDays();
    }

    private static void assertAppearInOrder(String text, List<String> names) {
        int from = 0;
        for (String name : names) {
            int at = text.indexOf(name, from);
            assertThat(at).as("%s after position %d", name, from).isGreaterThanOrEqualTo(0);
            from = at;
        }
    }

    private UUID demoProposal() {
        return jdbc.sql("SELECT id FROM difficulties_proposal ORDER BY created_at LIMIT 1").query(UUID.class).single();
    }
}
