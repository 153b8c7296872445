package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Resident memory of each process group that deploy/local started (its pid files), summed over the group. */
final class Memory {

    private Memory() {}

    static Map<String, Long> residentMb(Path runDir) throws IOException {
        Map<String, Long> rssKbByGroup = new TreeMap<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String group = fields[2];
                    long rssPages = Long.parseLong(fields[21]);
                    rssKbByGroup.merge(group, rssPages * 4, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            });
        }
        Map<String, Long> mb = new TreeMap<>();
        try (var pidFiles = Files.list(runDir)) {
            for (Path pidFile : pidFiles.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String group = Files.readString(pidFile).trim();
                String name = pidFile.getFileName().toString().replace(".pid", "");
                mb.put(name, rssKbByGroup.getOrDefault(group, 0L) / 1024);
            }
        }
        return mb;
    }
}
