package org.offeringcompliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offeringcompliance.bench.Dataset.Provider;
import org.offeringcompliance.bench.Figures.Row;

/**
 * Scenario 7: the exports of the provider with 100 offerings, each downloaded once through the gateway by its owner as
 * a client would, reading every byte: the time to the first byte (the contract: within a second, however many rows),
 * the time to the last, the rows and the bytes. The services' memory stays what it was (resident sizes in the table).
 */
final class ExportTimes {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Stack stack;
    private final Dataset data;
    private final StackProcesses processes;

    ExportTimes(Stack stack, Dataset data, StackProcesses processes) {
        this.stack = stack;
        this.data = data;
        this.processes = processes;
    }

    List<Row> run() throws Exception {
        Provider big = data.providers.get(data.bigProvider);
        Login owner = stack.login(big.ownerUsername);
        String base = "/api/marketplace-service-providers/" + big.providerUuid + "/compliance/";
        List<Row> rows = new ArrayList<>();
        rows.add(download("offering_users, csv", owner, base + "offering_users/export/?format=csv", true));
        rows.add(download("offering_users, xlsx", owner, base + "offering_users/export/?format=xlsx", false));
        rows.add(download("answers (a row per user and question), csv", owner, base + "answers/export/?format=csv",
                true));
        return rows;
    }

    private Row download(String variant, Login as, String path, boolean csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.endpoints.gateway() + path))
                .header("Authorization", "Bearer " + as.token()).timeout(Duration.ofMinutes(30)).GET().build();
        Map<String, Double> cpuBefore = processes.cpuMs();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = 0;
        long bytes = 0;
        long lines = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = body.read(buffer)) > 0;) {
                if (bytes == 0) {
                    firstByte = System.nanoTime();
                }
                bytes += n;
                for (int i = 0; csv && i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        long end = System.nanoTime();
        Row row = new Row("7 exports", variant);
        long records = csv ? Math.max(0, lines - 1) : 0;
        row.requests = records;
        row.errors = response.statusCode() == 200 ? 0 : 1;
        row.p50Ms = (firstByte - start) / 1e6;
        row.p99Ms = (end - start) / 1e6;
        row.rps = records / ((end - start) / 1e9);
        row.cpuMsPerOp = StackProcesses.perOperation(cpuBefore, processes.cpuMs(), 1);
        row.target = "first byte < 1 s";
        row.met = row.errors == 0 && row.p50Ms < 1000;
        row.note = String.format(Locale.ROOT, "status %d; p50 column: first byte after %.0f ms; p99 column: last byte "
                + "after %.1f s; %s%.1f MB; req/s column: rows a second; CPU: the whole download",
                response.statusCode(), row.p50Ms, row.p99Ms / 1000, csv ? records + " rows, " : "", bytes / 1e6);
        return row;
    }
}
