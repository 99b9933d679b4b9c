package org.wardops.difficulties.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How texts become terms, how stock wording and categories count, explanations, and the neighbour index. */
class GroupingTests {

    private static final String STOCK = "Đề nghị Thành phố xem xét, hỗ trợ.";

    private final DifficultyTextAnalyzer analyzer = new DifficultyTextAnalyzer();
    private final SimilarityGrouping grouping = new SimilarityGrouping(analyzer);

    private static SimilarityGrouping.Text text(String title, String description, String recommendation, String category) {
        return new SimilarityGrouping.Text(UUID.randomUUID(), title, description, recommendation, category);
    }

    @Test
    void multiSyllableWordsAreUnitsAndNoPairSpansAFunctionWordOrPunctuation() {
        List<String> keys = grouping.terms("Đề nghị Thành phố xem xét, hỗ trợ kinh phí cho công chức chuyên trách chuyển đổi số");
        assertThat(keys).contains("c:kinh phi", "c:cong chuc", "c:chuyen trach", "c:chuyen doi so")
                .doesNotContain("nghi thanh", "pho xem", "xet ho", "thanh pho", "de nghi", "chuyen doi", "doi so");
        assertThat(grouping.terms("Thieu bien che, kiem nhiem nhieu viec")).contains("c:thieu nguoi", "c:kiem nhiem");
    }

    @Test
    void unknownSyllablePairsStayInsideAClause() {
        assertThat(grouping.terms("bong tróc, ẩm mốc")).contains("bong troc", "am moc").doesNotContain("troc am");
    }

    @Test
    void foldingMatchesSearchTextWithAndWithoutDiacritics() {
        assertThat(grouping.terms("Đường truyền chập chờn")).isEqualTo(grouping.terms("DUONG TRUYEN chap chon"))
                .contains("c:duong truyen", "c:mat ket noi");
    }

    @Test
    void aStockRecommendationDoesNotJoinUnrelatedDifficulties() {
        List<SimilarityGrouping.Text> texts = List.of(
                text("Máy tính cũ", "Máy tính đã dùng mười năm, hay treo.", STOCK, "INFRASTRUCTURE"),
                text("Chung cư nguy hiểm", "Lô chung cư nứt tường, người dân chưa chịu di dời.", STOCK, "PROJECTS"),
                text("Thiếu kinh phí", "Dự toán không có mục chi cho chuyển đổi số.", STOCK, "FINANCE_ASSETS"),
                text("Cổng dịch vụ công lỗi", "Người dân không nộp được hồ sơ trực tuyến.", STOCK, "ADMIN_PROCEDURES"));
        assertThat(grouping.group(texts, SimilarityGrouping.DEFAULT_THRESHOLD)).isEmpty();
    }

    @Test
    void theCategoryIsASoftSignal() {
        SimilarityGrouping.Text a = text("Đường truyền chậm", "Mạng internet chập chờn, mất kết nối nhiều giờ.", "", "INFRASTRUCTURE");
        SimilarityGrouping.Text b = text("Mất mạng thường xuyên", "Đường truyền internet không ổn định, nhà mạng sửa chậm.", "", "INFRASTRUCTURE");
        SimilarityGrouping.Text c = new SimilarityGrouping.Text(UUID.randomUUID(), b.title(), b.description(), "", "DIGITAL_TRANSFORMATION");
        GroupingIndex sameCategory = new GroupingIndex(analyzer, List.of(a, b));
        GroupingIndex otherCategory = new GroupingIndex(analyzer, List.of(a, c));
        assertThat(otherCategory.similarity(0, 1)).isLessThan(sameCategory.similarity(0, 1))
                .isCloseTo(sameCategory.similarity(0, 1) * GroupingIndex.OTHER_CATEGORY, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(grouping.group(List.of(a, c), SimilarityGrouping.DEFAULT_THRESHOLD)).hasSize(1);
    }

    @Test
    void theTitleWeighsMoreThanTheRecommendation() {
        SimilarityGrouping.Text base = text("Thiếu máy quét", "", "", "");
        SimilarityGrouping.Text inTitle = text("Máy quét hỏng", "", "", "");
        SimilarityGrouping.Text inRecommendation = text("", "", "Cần máy quét", "");
        GroupingIndex index = new GroupingIndex(analyzer, List.of(base, inTitle, inRecommendation, text("Chung cư cũ", "", "", "")));
        assertThat(index.similarity(0, 1)).isGreaterThan(0);
        assertThat(GroupingIndex.TITLE).isGreaterThan(GroupingIndex.DESCRIPTION).isGreaterThan(GroupingIndex.RECOMMENDATION);
    }

    @Test
    void explanationsAreWordsWithDiacriticsEvenForTextsTypedWithout() {
        List<SimilarityGrouping.Text> texts = List.of(
                text("Chua co cong chuc chuyen trach chuyen doi so", "Cong chuc van phong kiem nhiem chuyen doi so.", STOCK, "STAFFING"),
                text("Khong co nguoi chuyen trach CDS", "Nhiem vu chuyen doi so giao cho cong chuc kiem nhiem.", STOCK, "STAFFING"),
                text("Thieu cong chuc chuyen trach chuyen doi so", "Viec chuyen doi so do nguoi kiem nhiem lam.", STOCK, "STAFFING"));
        List<SimilarityGrouping.Group> groups = grouping.group(texts, SimilarityGrouping.DEFAULT_THRESHOLD);
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst().sharedTerms()).contains("chuyển đổi số", "chuyên trách", "kiêm nhiệm", "công chức")
                .noneMatch(term -> term.contains("nghi thanh") || term.contains("xem xet"));
    }

    @Test
    void explanationsUseTheWordsAsWritten() {
        List<SimilarityGrouping.Text> texts = List.of(
                text("Máy vi tính đã cũ", "Máy vi tính cấu hình yếu.", "", ""),
                text("Máy vi tính lạc hậu", "Máy vi tính chạy chậm, cấu hình yếu.", "", ""));
        assertThat(grouping.group(texts, SimilarityGrouping.DEFAULT_THRESHOLD).getFirst().sharedTerms()).contains("máy vi tính", "cấu hình yếu");
    }

    @Test
    void aNewDifficultyFindsItsNearestNeighboursThroughTheIndex() {
        List<SimilarityGrouping.Text> texts = new ArrayList<>();
        for (GroupingEvaluation.Item item : GroupingEvaluation.load("development-set.tsv")) {
            texts.add(item.text());
        }
        GroupingIndex index = new GroupingIndex(analyzer, texts);
        SimilarityGrouping.Text submitted = text("Chung cư xuống cấp cần di dời", "Các hộ dân chưa có nơi tạm cư, phương án bồi thường chưa thống nhất.",
                STOCK, "PROJECTS");
        List<GroupingIndex.Neighbour> neighbours = index.neighbours(submitted, 5, 0.1);
        assertThat(neighbours).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(neighbours).allMatch(neighbour -> index.entry(neighbour.index()).category().equals("PROJECTS"));
        assertThat(neighbours).isSortedAccordingTo((x, y) -> Double.compare(y.similarity(), x.similarity()));

        int added = index.add(submitted);
        double[] scratch = new double[index.size()];
        assertThat(index.neighbours(added, 5, 0.1, scratch)).extracting(GroupingIndex.Neighbour::index)
                .containsExactlyInAnyOrderElementsOf(neighbours.stream().map(GroupingIndex.Neighbour::index).toList());
    }

    @Test
    void theThesaurusIsData() {
        DifficultyTextAnalyzer edited = new DifficultyTextAnalyzer(List.of("máy quét = máy quét, máy scan, scanner"), List.of(), List.of("của"));
        assertThat(edited.tokens("scanner của phường").getFirst().key()).isEqualTo("c:may quet");
        assertThat(edited.written("c:may quet")).isEqualTo("máy quét");
    }
}
