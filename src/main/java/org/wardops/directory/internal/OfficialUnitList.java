package org.wardops.directory.internal;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wardops.directory.UnitImportReport.Problem;
import org.wardops.directory.UnitType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Reads the official list of administrative units (columns province_code, province_name, province_type, unit_code,
 * unit_name, unit_type) and checks every row. Codes are written as the statistics office does: provinces with two
 * digits, communes with five.
 */
public final class OfficialUnitList {

    static final List<String> COLUMNS = List.of("province_code", "province_name", "province_type", "unit_code", "unit_name", "unit_type");
    private static final Map<String, UnitType> PROVINCE_TYPES = Map.of("tỉnh", UnitType.PROVINCE, "thành phố trung ương", UnitType.CENTRAL_CITY);
    private static final Map<String, UnitType> UNIT_TYPES = Map.of("phường", UnitType.WARD, "xã", UnitType.COMMUNE, "đặc khu", UnitType.SPECIAL_ZONE);

    public record Province(String code, String name, UnitType type) {
    }

    public record Unit(long line, String code, String name, UnitType type, String provinceCode) {
    }

    public record Parsed(Map<String, Province> provinces, List<Unit> units, List<Problem> problems) {
    }

    private OfficialUnitList() {
    }

    /**
     * @param knownProvinces names of the provinces already in the directory, by code: a row may leave the province
     *                       name empty only for one of these
     */
    public static Parsed parse(Reader csv, Map<String, Province> knownProvinces) {
        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, Long> firstLineOfCode = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                problems.add(problem(1, "directory.error.import.header", String.join(", ", COLUMNS)));
                return new Parsed(provinces, units, problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                int before = problems.size();
                if (!record.isConsistent()) {
                    problems.add(problem(line, "directory.error.import.columns", String.valueOf(COLUMNS.size())));
                    continue;
                }
                Province province = province(record, line, provinces, knownProvinces, problems);
                String code = code(record.get("unit_code"), 5, line, "directory.error.import.unitCodeMissing",
                        "directory.error.import.unitCodeInvalid", problems);
                String name = record.get("unit_name");
                if (name.isEmpty()) {
                    problems.add(problem(line, "directory.error.import.unitNameMissing"));
                }
                UnitType type = UNIT_TYPES.get(record.get("unit_type"));
                if (type == null) {
                    problems.add(problem(line, "directory.error.import.unitTypeInvalid", record.get("unit_type"), String.join(", ", UNIT_TYPES.keySet())));
                }
                if (code != null) {
                    Long first = firstLineOfCode.putIfAbsent(code, line);
                    if (first != null) {
                        problems.add(problem(line, "directory.error.import.unitCodeDuplicate", code, String.valueOf(first)));
                    }
                }
                if (problems.size() == before && province != null && code != null && type != null) {
                    units.add(new Unit(line, code, name, type, province.code()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(problem(0, "directory.error.import.unreadable"));
        }
        return new Parsed(provinces, units, problems);
    }

    private static @Nullable Province province(CSVRecord record, long line, Map<String, Province> provinces,
                                     Map<String, Province> knownProvinces, List<Problem> problems) {
        String code = code(record.get("province_code"), 2, line, "directory.error.import.provinceCodeMissing",
                "directory.error.import.provinceCodeInvalid", problems);
        if (code == null) {
            return null;
        }
        String name = record.get("province_name");
        Province seen = provinces.get(code);
        if (name.isEmpty()) {
            Province known = seen != null ? seen : knownProvinces.get(code);
            if (known == null) {
                problems.add(problem(line, "directory.error.import.provinceUnknown", code));
            }
            return known;
        }
        UnitType type = PROVINCE_TYPES.get(record.get("province_type"));
        if (type == null) {
            problems.add(problem(line, "directory.error.import.provinceTypeInvalid", record.get("province_type"), String.join(", ", PROVINCE_TYPES.keySet())));
            return null;
        }
        if (seen != null && (!seen.name().equals(name) || seen.type() != type)) {
            problems.add(problem(line, "directory.error.import.provinceConflict", code, seen.name()));
            return null;
        }
        Province province = new Province(code, name, type);
        provinces.putIfAbsent(code, province);
        return province;
    }

    private static @Nullable String code(String raw, int width, long line, String missingKey, String invalidKey, List<Problem> problems) {
        if (raw.isEmpty()) {
            problems.add(problem(line, missingKey));
            return null;
        }
        if (!raw.chars().allMatch(Character::isDigit) || raw.length() > width) {
            problems.add(problem(line, invalidKey, raw));
            return null;
        }
        return "0".repeat(width - raw.length()) + raw;
    }

    private static Problem problem(long line, String key, String... arguments) {
        return new Problem(line, key, List.of(arguments));
    }

}
