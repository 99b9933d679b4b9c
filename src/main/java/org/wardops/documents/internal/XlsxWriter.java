package org.wardops.documents.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.wardops.documents.Spreadsheet;
import org.wardops.shared.time.LocalTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Writes a {@link Spreadsheet} as an XLSX workbook; numbers stay numbers so that offices can add them up. */
@Component
public class XlsxWriter {

    public byte[] write(Spreadsheet spreadsheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(spreadsheet.sheetName()));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(spreadsheet.title());
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int column = 0; column < spreadsheet.header().size(); column++) {
                header.createCell(column).setCellValue(spreadsheet.header().get(column));
                header.getCell(column).setCellStyle(bold);
                sheet.setColumnWidth(column, column == 1 ? 40 * 256 : 22 * 256);
            }
            int rowIndex = 3;
            for (List<Object> values : spreadsheet.rows()) {
                Row row = sheet.createRow(rowIndex++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        row.createCell(column).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        Cell cell = row.createCell(column);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Instant instant) {
                        Cell cell = row.createCell(column);
                        cell.setCellValue(LocalDateTime.ofInstant(instant, LocalTime.VIETNAM));
                        cell.setCellStyle(dateTime);
                    } else {
                        row.createCell(column).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
