package org.offeringcompliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

/**
 * async-profiler (Maven Central) attached to a running service through the JDK's attach API: CPU samples while a load
 * runs, written as
 * an HTML flame graph. Nothing has to be set when the service starts.
 */
final class Profiler {

    /** One sample per millisecond of CPU: about ten thousand samples in a 10 s run on two busy cores. */
    private static final String START = "start,event=cpu,interval=1000000";

    private final Path library;

    Profiler(Path workDir) throws IOException {
        library = workDir.resolve("libasyncProfiler.so");
        try (InputStream in = Profiler.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
            if (in == null) {
                throw new IllegalStateException("async-profiler's library is not on the class path");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void start(String pid, Path flameGraph) throws IOException {
        agent(pid, START + ",file=" + flameGraph.toAbsolutePath());
    }

    void stop(String pid, Path flameGraph, String title) throws IOException {
        Files.createDirectories(flameGraph.getParent());
        agent(pid, "stop,file=" + flameGraph.toAbsolutePath() + ",title=" + title.replace(',', ';').replace(' ', '_'));
    }

    /** The JDK's attach API, as async-profiler's own launcher does: the agent is loaded with its options. */
    private void agent(String pid, String command) throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(pid);
            try {
                vm.loadAgentPath(library.toString(), command);
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException | AgentLoadException | AgentInitializationException e) {
            throw new IllegalStateException("async-profiler " + command + " in " + pid + ": " + e, e);
        }
    }
}
