package org.offeringcompliance.common.export;

import java.io.IOException;
import java.util.List;

/**
 * Takes an export's rows, one at a time, and writes each to the response as it comes; the header row is written before
 * the first. Cells are String, Number, Boolean, java.time.Instant or null (empty).
 */
public interface RowWriter {

    void row(List<?> cells) throws IOException;
}
