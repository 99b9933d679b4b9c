package org.wardops.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.PageRequest;
import org.wardops.support.Actors;
import org.wardops.support.IntegrationTest;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitDirectoryIntegrationTests extends IntegrationTest {

    private static final String HEADER = "province_code,province_name,province_type,unit_code,unit_name,unit_type\n";

    @Autowired
    DirectoryManagement directory;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheWholeOfficialListAfterStartUp() {
        actors.as("leader", () -> {
            assertThat(count(new UnitSearch(null, UnitType.PROVINCE, null, false))
                    + count(new UnitSearch(null, UnitType.CENTRAL_CITY, null, false))).isEqualTo(34);
            long communeLevel = count(new UnitSearch(null, UnitType.WARD, null, false)) + count(new UnitSearch(null, UnitType.COMMUNE, null, false))
                    + count(new UnitSearch(null, UnitType.SPECIAL_ZONE, null, false));
            assertThat(communeLevel).isEqualTo(3_321);
            assertThat(count(new UnitSearch("79", UnitType.WARD, null, false))).isEqualTo(113);
            assertThat(count(new UnitSearch("79", UnitType.COMMUNE, null, false))).isEqualTo(54);
            assertThat(count(new UnitSearch("79", UnitType.SPECIAL_ZONE, null, false))).isEqualTo(1);
        });
    }

    @Test
    void findsUnitsWithOrWithoutDiacriticsInAnyWordOrder() {
        actors.as("xomchieu.officer", () -> {
            for (String query : List.of("xom chieu", "Xóm Chiếu", "CHIEU xom", "phuong xom")) {
                assertThat(directory.findUnits(new UnitSearch("79", UnitType.WARD, query, false), new PageRequest(0, 10)).items())
                        .extracting(UnitView::name).as(query).containsExactly("Phường Xóm Chiếu");
            }
            assertThat(directory.findUnits(new UnitSearch("79", null, "khanh hoi", false), new PageRequest(0, 10)).items())
                    .extracting(UnitView::name).containsExactly("Phường Khánh Hội");
        });
    }

    @Test
    void listsUnitsInVietnameseAlphabeticalOrderWordByWord() {
        actors.as("leader", () -> {
            List<String> names = directory.findUnits(new UnitSearch("79", UnitType.WARD, "ba", false), new PageRequest(0, 200)).items()
                    .stream().map(UnitView::name).toList();
            assertThat(names).containsSubsequence("Phường Bà Rịa", "Phường Bàn Cờ");
            List<String> all = directory.findUnits(new UnitSearch("79", UnitType.WARD, null, false), new PageRequest(0, 200)).items()
                    .stream().map(UnitView::name).toList();
            assertThat(all).isSortedAccordingTo(org.wardops.shared.text.VietnameseCollation.comparator());
            assertThat(all.indexOf("Phường Đông Hưng Thuận")).isGreaterThan(all.indexOf("Phường Diên Hồng"));
        });
    }

    @Test
    void reimportingTheSameListChangesNothing() {
        UnitImportReport report = actors.as("admin", () -> directory.importOfficialUnits(
                new StringReader(new String(readReference(), java.nio.charset.StandardCharsets.UTF_8)), false));
        assertThat(report.accepted()).isTrue();
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.unchanged()).isEqualTo(34 + 3_321);
    }

    @Test
    void dryRunReportsChangesWithoutMakingThem() {
        String csv = HEADER + "79,Thành phố Hồ Chí Minh,thành phố trung ương,27259,Phường Xóm Chiếu Mới,phường\n"
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,99998,Phường Thử Nghiệm,phường\n";
        UnitImportReport report = actors.as("admin", () -> directory.importOfficialUnits(new StringReader(csv), true));
        assertThat(report.accepted()).isTrue();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.notInFile()).isEqualTo(34 + 3_321 - 2);
        actors.as("admin", () -> {
            assertThat(directory.unitByCode("27259")).map(UnitView::name).contains("Phường Xóm Chiếu");
            assertThat(directory.unitByCode("99998")).isEmpty();
        });
    }

    @Test
    void refusesAFileWithBadRowsWholeAndListsEveryRow() {
        long before = jdbc.sql("SELECT COUNT(*) FROM directory_unit").query(Long.class).single();
        String csv = HEADER
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,99990,Phường Hợp Lệ,phường\n"
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,,Phường Không Mã,phường\n"
                + "98,,,99991,Phường Tỉnh Lạ,phường\n"
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,99990,Phường Trùng Mã,phường\n"
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,99992,Phường Sai Loại,quận\n";
        UnitImportReport report = actors.as("admin", () -> directory.importOfficialUnits(new StringReader(csv), false));
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(UnitImportReport.Problem::line, UnitImportReport.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "directory.error.import.unitCodeMissing"),
                org.assertj.core.groups.Tuple.tuple(4L, "directory.error.import.provinceUnknown"),
                org.assertj.core.groups.Tuple.tuple(5L, "directory.error.import.unitCodeDuplicate"),
                org.assertj.core.groups.Tuple.tuple(6L, "directory.error.import.unitTypeInvalid"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directory_unit").query(Long.class).single()).isEqualTo(before);
        actors.as("admin", () -> assertThat(directory.unitByCode("99990")).isEmpty());
    }

    @Test
    void onlyAdministratorsImport() {
        assertThatThrownBy(() -> actors.as("leader", () -> directory.importOfficialUnits(new StringReader(HEADER), true)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void workingGroupFifteenSupervisesTheThreeWardsOfTheStory() {
        actors.as("wg15.member", () -> {
            UnitView group = directory.unitByCode("79-TCT-15").orElseThrow();
            WorkingGroupView view = directory.workingGroup(group.id());
            assertThat(view.supervisedUnits()).extracting(UnitView::name)
                    .containsExactlyInAnyOrder("Phường Xóm Chiếu", "Phường Khánh Hội", "Phường Vĩnh Hội");
            assertThat(view.members()).extracting(member -> member.role()).contains(GroupRole.LEADER, GroupRole.MEMBER);
            long supervised = directory.workingGroups("79").stream().mapToLong(g -> directory.unitsSupervisedBy(g.id()).size()).sum();
            assertThat(directory.workingGroups("79")).hasSize(19);
            assertThat(supervised).isEqualTo(168);
        });
    }

    @Test
    void dataOfFormerWardsRollsUpIntoTheirSuccessor() {
        actors.as("leader", () -> {
            UnitView xomChieu = directory.unitByCode("27259").orElseThrow();
            assertThat(directory.predecessorsOf(xomChieu.id())).hasSize(3);
            assertThat(directory.details(xomChieu.id()).formedFrom()).extracting(step -> step.unit().name())
                    .contains("Phường 16 (Quận 4 cũ)");
        });
    }

    private long count(UnitSearch search) {
        return directory.findUnits(search, new PageRequest(0, 1)).total();
    }

    private static byte[] readReference() {
        try (var in = UnitDirectoryIntegrationTests.class.getResourceAsStream("/reference/vn-admin-units-2025.csv")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
