package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        /** CPU milliseconds one operation cost each process of the stack (and the load generator), from /proc. */
        public Map<String, Double> cpuMsPerOp = new LinkedHashMap<>();

        public Row() {}

        Row(String scenario, String variant) {
            this.scenario = scenario;
            this.variant = variant;
        }
    }

    public String date;
    public int cores;
    public String dataset;
    public List<Row> rows = new ArrayList<>();
    /** Resident memory of each process after the run, in MB. */
    public Map<String, Long> memoryMb = new TreeMap<>();

    Row add(Row row) {
        rows.add(row);
        return row;
    }

    static String table(List<Row> rows) {
        Figures figures = new Figures();
        figures.rows.addAll(rows);
        return figures.table();
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
        out.append(cpuTable());
        out.append("memory (RSS MB): ").append(memoryMb).append('\n');
        return out.toString();
    }

    /** CPU milliseconds per operation, one column per process, for every row that measured it. */
    private String cpuTable() {
        List<String> processes = rows.stream().flatMap(r -> r.cpuMsPerOp.keySet().stream()).distinct().toList();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nCPU ms per operation%n%-22s %-44s",
                "scenario", "variant"));
        processes.forEach(p -> out.append(String.format(Locale.ROOT, " %9.9s", p)));
        out.append(String.format(Locale.ROOT, " %9s%n", "stack"));
        for (Row row : rows.stream().filter(r -> !r.cpuMsPerOp.isEmpty()).toList()) {
            out.append(String.format(Locale.ROOT, "%-22s %-44s", row.scenario, row.variant));
            processes.forEach(p -> out.append(String.format(Locale.ROOT, " %9.3f", row.cpuMsPerOp.getOrDefault(p, 0.0))));
            out.append(String.format(Locale.ROOT, " %9.3f%n", stackCpuMs(row)));
        }
        return out.toString();
    }

    /** "gateway 0.210, offering-user-service 0.530, ...": for progress lines. */
    static String brief(Map<String, Double> cpuMsPerOp) {
        StringBuilder out = new StringBuilder();
        cpuMsPerOp.forEach((process, ms) -> out.append(out.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.3f", process, ms)));
        return out.toString();
    }

    /** Every process but the load generator. */
    static double stackCpuMs(Row row) {
        return row.cpuMsPerOp.entrySet().stream().filter(e -> !e.getKey().equals(StackProcesses.LOAD_GENERATOR))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
