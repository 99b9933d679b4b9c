package org.wardops.documents;

import java.util.List;

/**
 * A table to export as an XLSX workbook of one sheet: a title row, a header row and the rows. A cell is text, a number,
 * a {@link java.time.LocalDate} (a date cell shown dd/mm/yyyy) or an {@link java.time.Instant} (a date-time cell in
 * Vietnam's time, dd/mm/yyyy hh:mm). The sheet name keeps its diacritics (characters Excel forbids are replaced).
 */
public record Spreadsheet(String sheetName, String title, List<String> header, List<List<Object>> rows) {

    public Spreadsheet {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
