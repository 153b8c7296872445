package org.offeringcompliance.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.offeringcompliance.common.api.ApiException;

/** The file formats of the exports (API.md section 7), chosen by the query parameter {@code format}. */
public enum ExportFormat {

    CSV(Exports.CSV_TYPE), XLSX(Exports.XLSX_TYPE);

    public static final String PARAMETER = "format";

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** csv or xlsx; absent (or empty) is csv, the format every tool reads; anything else is a 400 on the parameter. */
    public static ExportFormat parse(String value) {
        if (value == null || value.isEmpty()) {
            return CSV;
        }
        for (ExportFormat format : values()) {
            if (format.extension().equals(value)) {
                return format;
            }
        }
        throw ApiException.fieldError(PARAMETER,
                "Select a valid choice. " + value + " is not one of the available choices: csv, xlsx.");
    }

    /** Whether an export of so many rows is possible in this format; an XLSX sheet has a limit, CSV none. */
    public boolean fits(long rows) {
        return this == CSV || rows <= XlsxRowWriter.MAX_DATA_ROWS;
    }

    /** A 400 on the parameter, before any byte, when the export has more rows than this format holds. */
    public void checkFits(long rows) {
        if (!fits(rows)) {
            throw ApiException.fieldError(PARAMETER, "The export has " + rows + " rows, more than the "
                    + XlsxRowWriter.MAX_DATA_ROWS + " an XLSX sheet holds: use csv.");
        }
    }

    /** As {@link #checkFits(long)}, counting the rows only for a format that has a limit. */
    public void checkFits(LongSupplier rows) {
        if (this != CSV) {
            checkFits(rows.getAsLong());
        }
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes the file to the stream: the header row, then each row as the source hands it over (sheetName names the
     * XLSX sheet). The stream stays open. When the source fails the file is left incomplete.
     */
    public void write(OutputStream out, String sheetName, List<String> header, Exports.Rows rows) throws IOException {
        switch (this) {
            case CSV -> {
                CsvRowWriter writer = new CsvRowWriter(out, header);
                rows.writeTo(writer);
                writer.finish();
            }
            case XLSX -> XlsxRowWriter.write(out, sheetName, header, rows);
        }
    }
}
