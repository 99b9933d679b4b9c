package org.wardops.indicators.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.wardops.shared.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a statistics file into rows of named cells: UTF-8 CSV (comma or semicolon, header on line 1) or the first
 * sheet of an XLSX workbook. Cells are kept as text, numbers written without grouping; checking them is the import's job.
 */
public final class StatisticsFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    /** One data line: its 1-based line number in the file (the header is line 1) and its cells by column name. */
    public record Line(int number, Map<String, String> cells) {
    }

    public record Content(List<String> header, List<Line> lines) {
    }

    private StatisticsFile() {
    }

    public static Content read(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "indicators.error.import.fileRequired");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "indicators.error.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        try {
            return zip ? xlsx(bytes) : csv(bytes);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", "indicators.error.import.unreadable", fileName.length() > 100 ? fileName.substring(0, 100) : fileName);
        }
    }

    private static Content csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "indicators.error.import.tooManyRows", MAX_ROWS);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, cells));
            }
            return new Content(header, lines);
        }
    }

    private static Content xlsx(byte[] bytes) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw InvalidInputException.of("file", "indicators.error.import.noHeader");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                header.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                if (lines.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "indicators.error.import.tooManyRows", MAX_ROWS);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : formatter.formatCellValue(cell).strip();
                    any |= !value.isEmpty();
                    cells.put(header.get(c), value);
                }
                if (any) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return new Content(header, lines);
        }
    }
}
