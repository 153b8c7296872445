package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * HTTP load with wrk (Debian package): a fixed number of connections for a bounded time, cycling through prepared
 * requests. A Lua script carries the requests and prints the figures as JSON when wrk is done.
 */
final class Wrk {

    record Request(String method, String path, String token, String body) {}

    record Result(double rps, double p50Ms, double p99Ms, long requests, long errors) {}

    private final Path workDir;

    Wrk(Path workDir) {
        this.workDir = workDir;
    }

    Result run(String baseUrl, List<Request> requests, int connections, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile(workDir, "wrk-", ".lua");
        try {
            Files.writeString(script, lua(requests));
            List<String> command = new ArrayList<>(List.of("wrk", "-t", "2", "-c", Integer.toString(connections), "-d",
                    seconds + "s", "--timeout", "5s", "-s", script.toString(), baseUrl));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            String json = output.lines().filter(line -> line.startsWith("{\"requests\"")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no figures from wrk: " + output));
            JsonNode figures = Api.JSON.readTree(json);
            double seconds0 = figures.get("duration_us").asDouble() / 1e6;
            long count = figures.get("requests").asLong();
            long errors = figures.get("status_errors").asLong() + figures.get("socket_errors").asLong();
            return new Result(count / seconds0, figures.get("p50_us").asDouble() / 1000,
                    figures.get("p99_us").asDouble() / 1000, count, errors);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static String lua(List<Request> requests) {
        StringBuilder lua = new StringBuilder("local requests = {}\nlocal next_index = 1\nfunction init(args)\n");
        for (Request request : requests) {
            lua.append("  requests[#requests + 1] = wrk.format(").append(quote(request.method())).append(", ")
                    .append(quote(request.path())).append(", {[\"Accept\"] = \"application/json\"");
            if (request.token() != null) {
                lua.append(", [\"Authorization\"] = ").append(quote("Bearer " + request.token()));
            }
            if (request.body() != null) {
                lua.append(", [\"Content-Type\"] = \"application/json\"}, ").append(quote(request.body())).append(")\n");
            } else {
                lua.append("}, nil)\n");
            }
        }
        // Each thread starts at a different place in the list so threads do not send the same request in step.
        lua.append("  next_index = math.random(#requests)\nend\n");
        lua.append("function request()\n  next_index = next_index % #requests + 1\n  return requests[next_index]\nend\n");
        lua.append("function done(summary, latency, requests)\n  local e = summary.errors\n");
        lua.append("  io.write(string.format('{\"requests\":%d,\"duration_us\":%d,\"status_errors\":%d,"
                + "\"socket_errors\":%d,\"p50_us\":%d,\"p99_us\":%d}\\n', summary.requests, summary.duration, e.status, "
                + "e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))\nend\n");
        return lua.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
