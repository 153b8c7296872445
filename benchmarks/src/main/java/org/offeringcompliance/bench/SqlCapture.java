package org.offeringcompliance.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL an endpoint really runs, read from PostgreSQL's own log while one request is served (statement logging is
 * switched on for a moment and off again), with the bound parameters written in as literals. pgbench then replays
 * exactly these statements, which gives the database's ceiling for that request.
 */
final class SqlCapture {

    private static final Pattern STATEMENT = Pattern.compile("LOG:  duration: [0-9.]+ ms  (?:execute [^:]+|statement): (.*)");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
    private static final List<String> NOT_THE_REQUEST = List.of("outbox_event", "advisory", "BEGIN", "COMMIT", "ROLLBACK",
            "ALTER SYSTEM", "pg_reload_conf", "SET ", "processed_event", "SHOW ");

    private final Postgres postgres;
    private final Path logFile;

    SqlCapture(Postgres postgres, Path logFile) {
        this.postgres = postgres;
        this.logFile = logFile;
    }

    List<String> capture(Runnable request) throws IOException, InterruptedException {
        long start = logFile.toFile().length();
        postgres.superuser("ALTER SYSTEM SET log_min_duration_statement = 0", "SELECT pg_reload_conf()");
        try {
            Thread.sleep(300);
            request.run();
            Thread.sleep(300);
        } finally {
            postgres.superuser("ALTER SYSTEM RESET log_min_duration_statement", "SELECT pg_reload_conf()");
        }
        return statements(read(start));
    }

    private String read(long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static List<String> statements(String log) {
        List<String> statements = new ArrayList<>();
        String pending = null;
        for (String line : log.split("\n")) {
            Matcher statement = STATEMENT.matcher(line);
            if (statement.find()) {
                add(statements, pending);
                pending = statement.group(1).trim();
            } else if (pending != null && line.contains("DETAIL:  parameters:")) {
                pending = bind(pending, line);
            }
        }
        add(statements, pending);
        return statements;
    }

    private static void add(List<String> statements, String statement) {
        if (statement != null && NOT_THE_REQUEST.stream().noneMatch(statement::contains)) {
            statements.add(statement);
        }
    }

    /** Replaces $n by its logged value, highest numbers first so that $1 does not eat into $10. */
    static String bind(String sql, String parameters) {
        List<String[]> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(parameters);
        while (m.find()) {
            values.add(new String[]{m.group(1), m.group(2)});
        }
        values.sort((a, b) -> Integer.parseInt(b[0]) - Integer.parseInt(a[0]));
        for (String[] value : values) {
            sql = sql.replace("$" + value[0], value[1]);
        }
        return sql;
    }
}
