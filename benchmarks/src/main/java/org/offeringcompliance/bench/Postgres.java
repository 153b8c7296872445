package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** psql and pgbench against the stack's PostgreSQL. */
final class Postgres {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final Endpoints endpoints;

    Postgres(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Statements run as the local superuser (trust authentication on the loopback, local stack only). */
    void superuser(String... statements) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-h", endpoints.pgHost(), "-p", endpoints.pgPort(), "-U",
                "postgres", "-d", "postgres", "-qAt", "-v", "ON_ERROR_STOP=1"));
        for (String statement : statements) {
            command.add("-c");
            command.add(statement);
        }
        run(command, "");
    }

    /** A single number a query answers in one of the stack's databases (as the local superuser). */
    long number(String database, String query) throws IOException, InterruptedException {
        String output = run(List.of("psql", "-h", endpoints.pgHost(), "-p", endpoints.pgPort(), "-U", "postgres", "-d",
                database, "-qAt", "-v", "ON_ERROR_STOP=1", "-c", query), "");
        return Long.parseLong(output.trim());
    }

    /** Transactions per second of the statements replayed by {@code clients} connections for a bounded time. */
    double pgbench(String database, String schema, List<List<String>> scripts, int clients, int seconds, Path workDir)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", "2", "-T", Integer.toString(seconds), "-h", endpoints.pgHost(), "-p", endpoints.pgPort(), "-U",
                endpoints.pgUser(), database));
        List<Path> files = new ArrayList<>();
        try {
            for (List<String> script : scripts) {
                Path file = Files.createTempFile(workDir, "pgbench-", ".sql");
                Files.writeString(file, String.join(";\n", script) + ";\n");
                files.add(file);
                command.add("-f");
                command.add(file + "@1");
            }
            String output = run(command, "-c search_path=" + schema);
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("no tps in pgbench output: " + output);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private String run(List<String> command, String options) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", endpoints.pgPassword());
        builder.environment().put("PGOPTIONS", options);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + output);
        }
        return output;
    }
}
