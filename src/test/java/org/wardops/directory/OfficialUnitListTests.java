package org.wardops.directory;

import org.junit.jupiter.api.Test;
import org.wardops.directory.internal.OfficialUnitList;

import java.io.StringReader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class OfficialUnitListTests {

    private static final String HEADER = "province_code,province_name,province_type,unit_code,unit_name,unit_type\n";

    @Test
    void padsCodesAsTheStatisticsOfficeWritesThem() {
        var parsed = OfficialUnitList.parse(new StringReader(HEADER + "1,Thành phố Hà Nội,thành phố trung ương,4,Phường Ba Đình,phường\n"), Map.of());
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.provinces()).containsKey("01");
        assertThat(parsed.units()).extracting(OfficialUnitList.Unit::code, OfficialUnitList.Unit::type)
                .containsExactly(tuple("00004", UnitType.WARD));
    }

    @Test
    void reportsEveryBadRowWithItsLineNumber() {
        String csv = HEADER
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,27259,Phường Xóm Chiếu,phường\n"
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,27259,Phường Trùng,phường\n"
                + "7x,Tỉnh Lạ,tỉnh,1,Xã Lạ,xã\n"
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,27265,,phường\n"
                + "79,Thành phố Hồ Chí Minh,tỉnh,27266,Phường Khác Loại Tỉnh,phường\n"
                + "79,Thành phố Hồ Chí Minh,thành phố trung ương,27267\n";
        var parsed = OfficialUnitList.parse(new StringReader(csv), Map.of());
        assertThat(parsed.problems()).extracting(UnitImportReport.Problem::line, UnitImportReport.Problem::messageKey).containsExactly(
                tuple(3L, "directory.error.import.unitCodeDuplicate"),
                tuple(4L, "directory.error.import.provinceCodeInvalid"),
                tuple(5L, "directory.error.import.unitNameMissing"),
                tuple(6L, "directory.error.import.provinceConflict"),
                tuple(7L, "directory.error.import.columns"));
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() {
        var parsed = OfficialUnitList.parse(new StringReader("code,name\n1,Hà Nội\n"), Map.of());
        assertThat(parsed.problems()).extracting(UnitImportReport.Problem::messageKey).containsExactly("directory.error.import.header");
    }
}
