package org.offeringcompliance.common.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An export as an HTTP attachment whose rows are written while they are read: nothing but the current rows is held,
 * however many there are. Everything that can fail on the request (permission,
 * filters, format) must be checked before this is returned: after the first byte, a failure can only cut the response
 * short, which the client sees as an incomplete transfer.
 */
public final class Exports {

    /** Reads the rows and hands each to the writer; runs on the worker thread that writes the response. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowWriter out) throws IOException;
    }

    /**
     * How long an export's read may take: a million rows to a slow client take minutes, well above the default
     * transaction timeout of a minute; the read holds one pooled connection meanwhile.
     */
    public static final Duration READ_TIMEOUT = Duration.ofMinutes(30);

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Exports() {}

    /** The rows read in a transaction of their own (one snapshot of the data, one connection), for up to READ_TIMEOUT. */
    public static Rows transactional(Rows rows) {
        return out -> {
            try {
                QuarkusTransaction.requiringNew().timeout((int) READ_TIMEOUT.toSeconds()).run(() -> {
                    try {
                        rows.writeTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the client went away, or the stream failed: the transaction is rolled back
            }
        };
    }

    /**
     * @param fileName the attachment's name without extension: ASCII letters, digits, '-' and '_' only
     * @param sheetName the XLSX sheet's name
     */
    public static Response attachment(ExportFormat format, String fileName, String sheetName, List<String> header,
            Rows rows) {
        if (!fileName.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("file name " + fileName);
        }
        StreamingOutput body = out -> format.write(out, sheetName, header, rows);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format.extension() + "\"")
                // Personal data: no shared cache keeps a copy.
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
