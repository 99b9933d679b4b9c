package org.wardops.capacity.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an inventory file (XLSX, or CSV in UTF-8 with or without BOM or in Windows-1258, comma or semicolon
 * separated) into rows by column name, numbered by their line in the file (the header is line 1). Writes the
 * template with the same columns.
 */
public final class InventoryFile {

    public static final List<String> COLUMNS = List.of("type", "tag", "serial", "model", "purchaseYear", "osProduct", "osVersion",
            "osEdition", "state", "location");
    public static final int MAX_ROWS = 20_000;

    /** One data row: its line in the file and its cells by column name. */
    public record Line(int number, Map<String, String> cells) {
    }

    /** The rows read, or the problem of the whole file (message key; the file is then refused). */
    public record Content(List<Line> lines, String problem) {

        static Content refused(String problem) {
            return new Content(List.of(), problem);
        }
    }

    private InventoryFile() {
    }

    public static Content read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return Content.refused("capacity.error.import.empty");
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (zip || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return zip ? xlsx(bytes) : Content.refused("capacity.error.import.unreadable");
        }
        return csv(decode(bytes));
    }

    public static byte[] template() {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("inventory");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            Row example = sheet.createRow(1);
            String[] values = {"DESKTOP", "XC-PC-01", "SN0001", "Dell OptiPlex 3020", "2015", "windows", "10 22H2", "Pro", "IN_USE", "Văn phòng"};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Windows-1258 writes Vietnamese with combining tone marks; NFC makes them the precomposed letters typed elsewhere.
            return Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
        }
    }

    private static Content csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(text)).getRecords();
            if (records.isEmpty()) {
                return Content.refused("capacity.error.import.empty");
            }
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records) {
                rows.add(record.toList());
            }
            return table(rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Content.refused("capacity.error.import.unreadable");
        }
    }

    private static Content xlsx(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return Content.refused("capacity.error.import.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.getFirstRow() == 0) {
                    return Content.refused("capacity.error.import.mergedHeader");
                }
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 1);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                return Content.refused("capacity.error.import.tooManyRows");
            }
            return table(rows);
        } catch (IOException | RuntimeException e) {
            return Content.refused("capacity.error.import.unreadable");
        }
    }

    private static Content table(List<List<String>> rows) {
        if (rows.isEmpty() || rows.getFirst().stream().allMatch(String::isBlank)) {
            return Content.refused("capacity.error.import.empty");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
        if (!header.contains("type") || !(header.contains("tag") || header.contains("serial"))) {
            return Content.refused("capacity.error.import.header");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return Content.refused("capacity.error.import.tooManyRows");
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < row.size(); c++) {
                if (COLUMNS.contains(header.get(c))) {
                    cells.put(header.get(c), row.get(c));
                }
            }
            lines.add(new Line(r + 1, cells));
        }
        if (lines.isEmpty()) {
            return Content.refused("capacity.error.import.empty");
        }
        return new Content(lines, "");
    }
}
