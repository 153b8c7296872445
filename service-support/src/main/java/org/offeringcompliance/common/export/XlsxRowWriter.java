package org.offeringcompliance.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * An Office Open XML workbook of one sheet, written with Apache POI's streaming SXSSF in its deferred form: the rows are
 * generated while the workbook is written, and every {@link #WINDOW} rows go into the zip stream to the client, so
 * neither memory nor a temporary file ever holds the sheet (plain SXSSF keeps it in a temporary file and sends nothing
 * until the last row). Cells are typed (text, number, boolean; timestamps as ISO-8601 text). A sheet holds at most
 * Excel's 1 048 576 rows, header included: {@link ExportFormat#checkFits} refuses a larger export up front.
 */
public final class XlsxRowWriter implements RowWriter {

    static final int WINDOW = 100;
    /** Excel's limit on the characters of one cell. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Data rows a sheet holds below its header row. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final SXSSFSheet sheet;
    private final int maxRows;
    private int nextRow;

    private XlsxRowWriter(SXSSFSheet sheet, int maxRows) {
        this.sheet = sheet;
        this.maxRows = maxRows;
    }

    /** Writes the workbook to the stream, its sheet's rows generated as they are written; the stream stays open. */
    static void write(OutputStream out, String sheetName, List<String> header, Exports.Rows rows) throws IOException {
        write(out, sheetName, header, rows, MAX_DATA_ROWS);
    }

    /** As above, with fewer rows a sheet (tests). */
    static void write(OutputStream out, String sheetName, List<String> header, Exports.Rows rows, int maxRows)
            throws IOException {
        // close() deletes the workbook's one temporary file, its template (a few kilobytes), finished or not.
        try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW)) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            DeferredSXSSFSheet sheet = workbook.createSheet(sheetName);
            sheet.createFreezePane(0, 1);
            sheet.setRowGenerator(generated -> {
                XlsxRowWriter writer = new XlsxRowWriter(generated, maxRows + 1);
                Row row = writer.nextRow();
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(header.get(i));
                    cell.setCellStyle(bold);
                }
                rows.writeTo(writer);
            });
            workbook.write(out);
            out.flush();
        }
    }

    @Override
    public void row(List<?> cells) throws IOException {
        Row row = nextRow();
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value != null) {
                set(row.createCell(i), value);
            }
        }
    }

    private Row nextRow() throws IOException {
        if (nextRow == maxRows) {
            // only when rows were added after ExportFormat.checkFits counted them: the download is cut short
            throw new IOException("more rows than an XLSX sheet holds");
        }
        return sheet.createRow(nextRow++);
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Instant t) {
            cell.setCellValue(t.toString());
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }
}
