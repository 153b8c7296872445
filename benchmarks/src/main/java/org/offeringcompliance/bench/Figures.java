package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The results of one benchmark run: one row per measured figure, printed as a table and as JSON. */
public class Figures {

    /** One measured figure beside its target and, where there is one, its ceiling. */
    public static class Row {
        public String scenario;
        public String variant;
        public double rps;
        public double p50Ms;
        public double p99Ms;
        public long requests;
        public long errors;
        public Double ceilingRps;
        public String target;
        public boolean met;
        public String note;

        public Row() {}

        Row(String scenario, String variant) {
            this.scenario = scenario;
            this.variant = variant;
        }
    }

    public String date;
    public int cores;
    public List<Row> rows = new ArrayList<>();
    /** Resident memory of each process after the run, in MB. */
    public Map<String, Long> memoryMb = new TreeMap<>();

    Row add(Row row) {
        rows.add(row);
        return row;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-22s %-44s %9s %9s %9s %7s %10s  %-34s %s%n", "scenario", "variant",
                "req/s", "p50 ms", "p99 ms", "errors", "ceiling/s", "target", "met"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-22s %-44s %9.1f %9.1f %9.1f %7d %10s  %-34s %s%n", row.scenario,
                    row.variant, row.rps, row.p50Ms, row.p99Ms, row.errors,
                    row.ceilingRps == null ? "-" : String.format(Locale.ROOT, "%.1f", row.ceilingRps), row.target,
                    row.met ? "yes" : "NO" + (row.note == null ? "" : " (" + row.note + ")")));
        }
        out.append("memory (RSS MB): ").append(memoryMb).append('\n');
        return out.toString();
    }
}
