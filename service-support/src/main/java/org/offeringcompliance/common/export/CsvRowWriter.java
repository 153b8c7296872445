package org.offeringcompliance.common.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 has it (commons-csv's RFC4180 format: comma, double quotes doubled inside quoted fields, CRLF), in
 * UTF-8 without a byte order mark, header row first. Text cells pass the {@link FormulaGuard}; numbers, booleans and
 * timestamps (ISO-8601 UTC, as the JSON API writes them) are the service's own values and are written as they are.
 */
public final class CsvRowWriter implements RowWriter {

    private final BufferedWriter writer;
    private final CSVPrinter printer;

    public CsvRowWriter(OutputStream out, List<String> header) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        row(header);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        printer.printRecord(texts);
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String s) {
            return FormulaGuard.guard(s);
        }
        if (cell instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof Number || cell instanceof Boolean || cell instanceof Instant) {
            return cell.toString();
        }
        return FormulaGuard.guard(cell.toString());
    }

    /** After the last row: what is buffered goes out; the stream stays open (the container closes the response). */
    public void finish() throws IOException {
        printer.flush();
        writer.flush();
    }
}
