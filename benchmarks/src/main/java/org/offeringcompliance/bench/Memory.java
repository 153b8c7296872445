package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resident memory of each server deploy/local started (its pid files): summed over the process's group and its children
 * (PostgreSQL's backends are children of the postmaster, in a session of their own).
 */
final class Memory {

    private Memory() {}

    static Map<String, Long> residentMb(Path runDir) throws IOException {
        List<String[]> processes = new ArrayList<>(); // pid, parent, group, rss in KB
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    processes.add(new String[]{p.getFileName().toString(), fields[1], fields[2],
                            Long.toString(Long.parseLong(fields[21]) * 4)});
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            });
        }
        Map<String, Long> mb = new TreeMap<>();
        try (var pidFiles = Files.list(runDir)) {
            for (Path pidFile : pidFiles.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String pid = Files.readString(pidFile).trim();
                long kb = processes.stream().filter(p -> p[0].equals(pid) || p[1].equals(pid) || p[2].equals(pid))
                        .mapToLong(p -> Long.parseLong(p[3])).sum();
                mb.put(pidFile.getFileName().toString().replace(".pid", ""), kb / 1024);
            }
        }
        return mb;
    }
}
