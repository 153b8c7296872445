package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The servers deploy/local started (its pid files), read from /proc: resident memory and CPU time of each, summed over
 * the process, its group and its children (PostgreSQL's backends are children of the postmaster). The load generator
 * (this JVM and the wrk runs it waited for) is counted as "load-generator".
 */
final class StackProcesses {

    static final String LOAD_GENERATOR = "load-generator";
    /** Clock ticks per second of /proc/PID/stat's times: 100 on every Linux of this kind (getconf CLK_TCK). */
    private static final double MS_PER_TICK = 10;

    private record Proc(String pid, String parent, String group, long rssKb, long ownTicks, long childTicks) {}

    private final Path runDir;

    StackProcesses(Path runDir) {
        this.runDir = runDir;
    }

    Map<String, Long> residentMb() throws IOException {
        Map<String, Long> mb = new TreeMap<>();
        List<Proc> all = processes();
        servers().forEach((name, pid) -> mb.put(name, members(all, pid).stream().mapToLong(Proc::rssKb).sum() / 1024));
        return mb;
    }

    /** CPU milliseconds used so far by each server and by the load generator. */
    Map<String, Double> cpuMs() throws IOException {
        Map<String, Double> ms = new LinkedHashMap<>();
        List<Proc> all = processes();
        servers().forEach((name, pid) -> ms.put(name, cpuMs(members(all, pid), pid)));
        String self = Long.toString(ProcessHandle.current().pid());
        ms.put(LOAD_GENERATOR, cpuMs(all.stream().filter(p -> p.pid.equals(self)).toList(), self));
        return ms;
    }

    /** What one operation cost each process between two readings of {@link #cpuMs()}. */
    static Map<String, Double> perOperation(Map<String, Double> before, Map<String, Double> after, long operations) {
        Map<String, Double> perOp = new LinkedHashMap<>();
        after.forEach((name, ms) -> perOp.put(name, (ms - before.getOrDefault(name, ms)) / Math.max(1, operations)));
        return perOp;
    }

    /** Children that ended hand their time to the leader (its child ticks), so nothing is lost between readings. */
    private static double cpuMs(List<Proc> members, String leader) {
        long ticks = members.stream().mapToLong(p -> p.ownTicks + (p.pid.equals(leader) ? p.childTicks : 0)).sum();
        return ticks * MS_PER_TICK;
    }

    private static List<Proc> members(List<Proc> all, String pid) {
        return all.stream().filter(p -> p.pid.equals(pid) || p.parent.equals(pid) || p.group.equals(pid)).toList();
    }

    String pidOf(String server) throws IOException {
        String pid = servers().get(server);
        if (pid == null) {
            throw new IllegalStateException(server + " is not running (no pid file in " + runDir + ")");
        }
        return pid;
    }

    private Map<String, String> servers() throws IOException {
        Map<String, String> pids = new TreeMap<>();
        try (var pidFiles = Files.list(runDir)) {
            for (Path pidFile : pidFiles.filter(f -> f.toString().endsWith(".pid")).toList()) {
                pids.put(pidFile.getFileName().toString().replace(".pid", ""), Files.readString(pidFile).trim());
            }
        }
        return pids;
    }

    private static List<Proc> processes() throws IOException {
        List<Proc> processes = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // fields after the command name: state, ppid, pgrp, ..., utime [11], stime, cutime, cstime, ... rss [21]
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    processes.add(new Proc(p.getFileName().toString(), f[1], f[2], Long.parseLong(f[21]) * 4,
                            Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14])));
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            });
        }
        return processes;
    }
}
