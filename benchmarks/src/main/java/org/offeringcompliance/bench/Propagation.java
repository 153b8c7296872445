package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.offeringcompliance.bench.Dataset.Offering;
import org.offeringcompliance.bench.Dataset.Provider;
import org.offeringcompliance.bench.Figures.Row;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scenario 4: offering users created through the API at a steady rate on the big provider's offerings; for each, the
 * time from its POST until its checklist/ answers 200 (asked when the checklist service announces the completion), and
 * until the provider's overview counts its completion. The offering users are deleted afterwards, so the dataset stays
 * as seeded.
 */
final class Propagation {

    private static final int PER_SECOND = 100;
    private static final long POLL_MS = 25;

    private final Stack stack;
    private final Dataset data;
    private final StackProcesses processes;

    Propagation(Stack stack, Dataset data, StackProcesses processes) {
        this.stack = stack;
        this.data = data;
        this.processes = processes;
    }

    /** One created offering user: its offering's position in the creation order gives the count the overview must reach. */
    private record Created(String offering, int countInOffering, long startNanos) {}

    List<Row> run(int seconds) throws Exception {
        Provider provider = data.providers.get(data.bigProvider);
        Login owner = stack.login(provider.ownerUsername);
        String overviewPath = "/api/marketplace-service-providers/" + provider.providerUuid
                + "/compliance/compliance_overview/?page_size=100";
        List<Offering> offerings = data.offerings.stream().filter(o -> o.provider == data.bigProvider && o.checklist >= 0)
                .toList();
        Map<String, Integer> baseline = withCompletions(stack.gateway.get(owner, overviewPath));
        int total = Math.min(PER_SECOND * seconds, offerings.size() * data.users.size());
        List<Double> toChecklist = new CopyOnWriteArrayList<>();
        List<Double> toOverview = new CopyOnWriteArrayList<>();
        List<Created> pending = Collections.synchronizedList(new ArrayList<>());
        List<String> created = new CopyOnWriteArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> perOffering = new ConcurrentHashMap<>();
        // Enough threads that the harness never delays a creation or a question.
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(32);
        Map<String, Long> started = new ConcurrentHashMap<>();
        ExecutorService asks = Executors.newCachedThreadPool();
        CompletionWatch watch = new CompletionWatch(stack.endpoints.kafka(), uuid -> {
            Long start = started.remove(uuid);
            if (start != null) {
                asks.execute(() -> askChecklist(timer, owner.token(), uuid, start, toChecklist, errors));
            }
        });
        Map<String, Double> cpuBefore = processes.cpuMs();
        Map<String, Double> cpuPerCreation;
        try {
            for (int i = 0; i < total; i++) {
                Offering offering = offerings.get(i % offerings.size());
                Dataset.RealUser user = data.users.get(i / offerings.size());
                timer.schedule(() -> {
                    long start = System.nanoTime();
                    Api.Reply reply = stack.gateway.send("POST", owner, "/api/marketplace-offering-users/",
                            Map.of("offering", offering.uuid, "user", user.uuid));
                    if (reply.status() != 201) {
                        errors.incrementAndGet();
                        return;
                    }
                    String uuid = reply.body().get("uuid").asText();
                    created.add(uuid);
                    int n = perOffering.computeIfAbsent(offering.uuid, k -> new AtomicInteger()).incrementAndGet();
                    pending.add(new Created(offering.uuid, n, start));
                    started.put(uuid, start);
                }, i * 1000L / PER_SECOND, TimeUnit.MILLISECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
            while ((toOverview.size() + errors.get() < total || toChecklist.size() + errors.get() < total)
                    && System.nanoTime() < deadline) {
                Map<String, Integer> now = withCompletions(stack.gateway.get(owner, overviewPath));
                long seen = System.nanoTime();
                synchronized (pending) {
                    pending.removeIf(c -> {
                        boolean counted = now.getOrDefault(c.offering(), 0) - baseline.getOrDefault(c.offering(), 0) >= c
                                .countInOffering();
                        if (counted) {
                            toOverview.add((seen - c.startNanos()) / 1e6);
                        }
                        return counted;
                    });
                }
                Thread.sleep(POLL_MS);
            }
            cpuPerCreation = StackProcesses.perOperation(cpuBefore, processes.cpuMs(), created.size());
        } finally {
            watch.close();
            timer.shutdownNow();
            asks.shutdownNow();
        }
        int missing = total - toOverview.size();
        cleanUp(owner, created);
        Row overviewRow = row("until the overview counts it", toOverview, total, seconds, missing);
        overviewRow.cpuMsPerOp = cpuPerCreation; // the polling of both rows included
        return List.of(row("until checklist/ answers 200", toChecklist, total, seconds, errors.get()), overviewRow);
    }

    /** Asked once its completion was announced; asked again every 25 ms should it not answer 200 yet. */
    private void askChecklist(ScheduledExecutorService timer, String token, String uuid, long start,
            List<Double> latencies, AtomicInteger errors) {
        int status = stack.gateway.send("GET", token, "/api/marketplace-offering-users/" + uuid + "/checklist/", null)
                .status();
        if (status == 200) {
            latencies.add((System.nanoTime() - start) / 1e6);
        } else if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
            errors.incrementAndGet();
        } else if (!timer.isShutdown()) {
            timer.schedule(() -> askChecklist(timer, token, uuid, start, latencies, errors), POLL_MS,
                    TimeUnit.MILLISECONDS);
        }
    }

    static Map<String, Integer> withCompletions(JsonNode overview) {
        Map<String, Integer> counts = new HashMap<>();
        overview.forEach(o -> counts.put(o.get("offering_uuid").asText(), o.get("users_with_completions").asInt()));
        return counts;
    }

    void cleanUp(Login owner, List<String> created) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(8);
        for (String uuid : created) {
            pool.execute(() -> stack.gateway.send("DELETE", owner, "/api/marketplace-offering-users/" + uuid + "/", null));
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
    }

    private static Row row(String variant, List<Double> latencies, int total, int seconds, long errors) {
        Row row = new Row("4 propagation", PER_SECOND + " offering users/s, " + variant);
        row.rps = total / (double) seconds;
        row.requests = latencies.size();
        row.p50Ms = Percentiles.of(latencies, 50);
        row.p99Ms = Percentiles.of(latencies, 99);
        row.errors = errors;
        row.target = "p50 and p99 < 300 ms";
        row.met = errors == 0 && row.p99Ms < 300;
        return row;
    }
}
