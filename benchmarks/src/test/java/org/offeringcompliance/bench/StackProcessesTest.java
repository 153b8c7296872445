package org.offeringcompliance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackProcessesTest {

    @Test
    void readsTheCpuTimeOfAServerFromItsPidFile(@TempDir Path runDir) throws Exception {
        Files.writeString(runDir.resolve("busy.pid"), Long.toString(ProcessHandle.current().pid()));
        StackProcesses processes = new StackProcesses(runDir);
        Map<String, Double> before = processes.cpuMs();
        var thread = ManagementFactory.getThreadMXBean();
        long end = thread.getCurrentThreadCpuTime() + 300_000_000L;
        long spin = 0;
        while (thread.getCurrentThreadCpuTime() < end) {
            spin += Long.numberOfTrailingZeros(spin + 1);
        }
        Map<String, Double> perOp = StackProcesses.perOperation(before, processes.cpuMs(), 10);
        // 300 ms of CPU over 10 operations: at least 20 ms each (ticks are 10 ms)
        assertTrue(perOp.get("busy") >= 20, perOp + " " + spin);
        assertTrue(processes.residentMb().get("busy") > 0);
    }

    @Test
    void theStackColumnLeavesOutTheLoadGenerator() {
        Figures.Row row = new Figures.Row("s", "v");
        row.cpuMsPerOp = Map.of("gateway", 0.25, "postgres", 0.5, StackProcesses.LOAD_GENERATOR, 2.0);
        assertEquals(0.75, Figures.stackCpuMs(row), 1e-9);
        String table = Figures.table(java.util.List.of(row));
        assertTrue(table.contains("CPU ms per operation"), table);
        assertTrue(table.contains("0.750"), table);
    }
}
