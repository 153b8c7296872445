package org.offeringcompliance.common.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.api.ApiException;

class RowWritersTest {

    static final List<String> HEADER = List.of("name", "note", "percentage", "done", "at", "empty");
    static final Instant AT = Instant.parse("2024-01-15T10:30:00.123456Z");

    static String csv(List<?>... rows) throws IOException {
        return new String(write(ExportFormat.CSV, rows), StandardCharsets.UTF_8);
    }

    static byte[] write(ExportFormat format, List<?>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(out, "people", HEADER, writer -> {
            for (List<?> row : rows) {
                writer.row(row);
            }
        });
        return out.toByteArray();
    }

    @Test
    void csvQuotesAsRfc4180WithTheHeaderFirstAndCrlfLineEnds() throws IOException {
        String text = csv(Arrays.asList("Smith, Ann", "said \"yes\"", new BigDecimal("50.0"), true, AT, null),
                Arrays.asList("two\nlines", "plain", 7, false, null, ""));
        assertEquals("name,note,percentage,done,at,empty\r\n"
                + "\"Smith, Ann\",\"said \"\"yes\"\"\",50.0,true,2024-01-15T10:30:00.123456Z,\r\n"
                + "\"two\nlines\",plain,7,false,,\r\n", text);
        List<CSVRecord> parsed = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(List.of("two\nlines", "plain", "7", "false", "", ""), parsed.get(2).toList());
        assertEquals("said \"yes\"", parsed.get(1).get(1));
    }

    @Test
    void csvGuardsTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
        String text = csv(Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "+1", -5, null, null, "@SUM(A1)"),
                Arrays.asList("-2", "\tcmd", null, null, null, "a=b"));
        List<CSVRecord> parsed = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "-5", "", "", "'@SUM(A1)"), parsed.get(1).toList());
        assertEquals(List.of("'-2", "'\tcmd", "", "", "", "a=b"), parsed.get(2).toList());
    }

    @Test
    void formulaGuardPrefixesOnlyTheLeadingCharacters() {
        for (String risky : List.of("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1")) {
            assertEquals("'" + risky, FormulaGuard.guard(risky), risky);
        }
        for (String safe : List.of("", "a=1", "1-2", "'=1", " =1", "name@example.org")) {
            assertEquals(safe, FormulaGuard.guard(safe), safe);
        }
        assertNull(FormulaGuard.guard(null));
    }

    @Test
    void csvIsUtf8WithoutAByteOrderMark() throws IOException {
        byte[] bytes = write(ExportFormat.CSV, Arrays.asList("Jüri Õun 東京 😀", null, null, null, null, null));
        assertEquals('n', bytes[0], "no byte order mark");
        byte[] expected = ("name,note,percentage,done,at,empty\r\nJüri Õun 東京 😀,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, bytes);
    }

    @Test
    void csvRowsReachTheStreamBeforeTheLastRowIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] sentAt = new int[1];
        ExportFormat.CSV.write(out, "people", HEADER, writer -> {
            for (int i = 0; i < 1000; i++) {
                writer.row(List.of("user " + i, "note", i, true, AT, ""));
            }
            sentAt[0] = out.size();
        });
        int held = out.size() - sentAt[0];
        assertTrue(sentAt[0] > 0 && held <= 16_384, "only the writers' buffers are held back, not " + held + " bytes");
    }

    @Test
    void xlsxRowsReachTheStreamBeforeTheLastRowIsWrittenWithoutATemporaryFile() throws IOException {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = size(poiFiles);
        long[] duringTheRows = new long[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] sentAt = new int[1];
        ExportFormat.XLSX.write(out, "people", HEADER, writer -> {
            for (int i = 0; i < 20_000; i++) {
                writer.row(List.of("user " + i, "note", i, true, AT, ""));
            }
            sentAt[0] = out.size();
            duringTheRows[0] = size(poiFiles);
        });
        assertTrue(sentAt[0] > out.size() / 2, "most of the sheet left before the last row: " + sentAt[0] + " of "
                + out.size());
        assertTrue(duringTheRows[0] - before < 64 * 1024, "no temporary copy of the rows: " + duringTheRows[0]);
        assertEquals(before, size(poiFiles), "the template's temporary file is deleted");
    }

    @Test
    void xlsxReadsBackWithPoiWithTypedCells() throws IOException {
        byte[] bytes = write(ExportFormat.XLSX,
                Arrays.asList("Jüri, \"Õun\"", "=1+1", new BigDecimal("50.5"), true, AT, null),
                Arrays.asList("Bob", "x".repeat(40_000), 3, false, null, ""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(1, book.getNumberOfSheets());
            Sheet sheet = book.getSheet("people");
            assertEquals(HEADER, texts(sheet.getRow(0)));
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            Row first = sheet.getRow(1);
            assertEquals("Jüri, \"Õun\"", first.getCell(0).getStringCellValue());
            // A text cell is never a formula in a workbook: the guard is for CSV, whose cells have no type.
            assertEquals(CellType.STRING, first.getCell(1).getCellType());
            assertEquals("=1+1", first.getCell(1).getStringCellValue());
            assertEquals(50.5, first.getCell(2).getNumericCellValue());
            assertTrue(first.getCell(3).getBooleanCellValue());
            assertEquals(AT.toString(), first.getCell(4).getStringCellValue());
            assertNull(first.getCell(5));
            Row second = sheet.getRow(2);
            assertEquals(XlsxRowWriter.MAX_TEXT, second.getCell(1).getStringCellValue().length(), "Excel's cell limit");
            assertEquals(3.0, second.getCell(2).getNumericCellValue());
            assertFalse(second.getCell(3).getBooleanCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void anXlsxExportLargerThanASheetIsRefusedUpFrontAndCutShortIfItGrew() throws IOException {
        assertTrue(ExportFormat.XLSX.fits(1_048_575));
        assertFalse(ExportFormat.XLSX.fits(1_048_576));
        assertTrue(ExportFormat.CSV.fits(5_000_000));
        ApiException e = assertThrows(ApiException.class, () -> ExportFormat.XLSX.checkFits(2_000_000));
        assertEquals(Map.of("format", List.of("The export has 2000000 rows, more than the 1048575 an XLSX sheet "
                + "holds: use csv.")), e.body());
        ExportFormat.CSV.checkFits(2_000_000);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IOException cut = assertThrows(IOException.class, () -> XlsxRowWriter.write(out, "people", HEADER, writer -> {
            for (int i = 0; i < 251; i++) {
                writer.row(List.of("user " + i));
            }
        }, 250));
        assertTrue(String.valueOf(cut.getCause()).contains("more rows than an XLSX sheet holds"), cut.toString());
    }

    @Test
    void aFailingSourceLeavesNoTemporaryFile() throws IOException {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = count(poiFiles);
        assertThrows(IOException.class, () -> ExportFormat.XLSX.write(new ByteArrayOutputStream(), "people", HEADER,
                writer -> {
                    writer.row(List.of("one"));
                    throw new IOException("the client went away");
                }));
        assertEquals(before, count(poiFiles));
    }

    @Test
    void formatIsCsvOrXlsxAndCsvWhenAbsent() {
        assertEquals(ExportFormat.CSV, ExportFormat.parse(null));
        assertEquals(ExportFormat.CSV, ExportFormat.parse(""));
        assertEquals(ExportFormat.CSV, ExportFormat.parse("csv"));
        assertEquals(ExportFormat.XLSX, ExportFormat.parse("xlsx"));
        for (String bad : List.of("xls", "CSV", "json", " csv")) {
            ApiException e = assertThrows(ApiException.class, () -> ExportFormat.parse(bad));
            assertEquals(400, e.status());
            assertEquals(Map.of("format", List.of("Select a valid choice. " + bad
                    + " is not one of the available choices: csv, xlsx.")), e.body());
        }
        assertEquals("text/csv; charset=UTF-8", ExportFormat.CSV.mediaType());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            long bytes = 0;
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
