package org.offeringcompliance.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.offeringcompliance.bench.Dataset.Offering;
import org.offeringcompliance.bench.Dataset.Provider;
import org.offeringcompliance.bench.Figures.Row;

/**
 * Scenario 4b: offering users created through the API as fast as the stack takes them (16 clients in a closed loop)
 * on the big provider's offerings; the saturation rate is the number created over the time until the overview counts
 * the last one, and the CPU one creation costs across the stack at that rate. Deleted again afterwards.
 */
final class CreationSaturation {

    private static final int CLIENTS = 16;

    private final Stack stack;
    private final Dataset data;
    private final StackProcesses processes;

    CreationSaturation(Stack stack, Dataset data, StackProcesses processes) {
        this.stack = stack;
        this.data = data;
        this.processes = processes;
    }

    Row run(int seconds) throws Exception {
        Provider provider = data.providers.get(data.bigProvider);
        Login owner = stack.login(provider.ownerUsername);
        String overviewPath = "/api/marketplace-service-providers/" + provider.providerUuid
                + "/compliance/compliance_overview/?page_size=100";
        List<Offering> offerings = data.offerings.stream().filter(o -> o.provider == data.bigProvider && o.checklist >= 0)
                .toList();
        int pairs = offerings.size() * data.users.size(); // an offering takes each user once
        long baseline = counted(owner, overviewPath);
        List<String> created = new CopyOnWriteArrayList<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<String, Double> cpuBefore = processes.cpuMs();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                for (int i = next.getAndIncrement(); i < pairs && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    Api.Reply reply = stack.gateway.send("POST", owner, "/api/marketplace-offering-users/", Map.of(
                            "offering", offerings.get(i % offerings.size()).uuid,
                            "user", data.users.get(i / offerings.size()).uuid));
                    if (reply.status() == 201) {
                        created.add(reply.body().get("uuid").asText());
                    } else {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double postSeconds = (System.nanoTime() - start) / 1e9;
        long inReports = 0;
        while (inReports < created.size() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds + 120L)) {
            Thread.sleep(50);
            inReports = counted(owner, overviewPath) - baseline;
        }
        double seconds0 = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpuPerCreation = StackProcesses.perOperation(cpuBefore, processes.cpuMs(), created.size());
        new Propagation(stack, data, processes).cleanUp(owner, created);

        Row row = new Row("4b creation saturation", CLIENTS + " clients posting, until the overview counts all");
        row.rps = created.size() / seconds0;
        row.requests = created.size();
        row.errors = errors.get() + (created.size() - inReports);
        row.target = "states the rate";
        row.met = row.errors == 0;
        row.note = String.format(Locale.ROOT, "%d created in %.1f s (%.0f POSTs/s), all in the overview after %.1f s",
                created.size(), postSeconds, created.size() / postSeconds, seconds0);
        row.cpuMsPerOp = cpuPerCreation;
        return row;
    }

    /** Flame graphs of every service on the creation path while the saturation run goes on. */
    void profile(Profiler profiler, java.nio.file.Path into, int seconds) throws Exception {
        List<String> servers = List.of("gateway", "offering-user-service", "checklist-service",
                "compliance-reporting-service", "notification-service");
        for (String server : servers) {
            profiler.start(processes.pidOf(server), into.resolve("offering-user-creation." + server + ".html"));
        }
        Row row = run(seconds);
        for (String server : servers) {
            profiler.stop(processes.pidOf(server), into.resolve("offering-user-creation." + server + ".html"),
                    "offering user creation at saturation (" + server + ", " + Math.round(row.rps) + " creations/s)");
        }
        System.out.println(Figures.table(List.of(row)));
    }

    private long counted(Login owner, String overviewPath) {
        return Propagation.withCompletions(stack.gateway.get(owner, overviewPath)).values().stream()
                .mapToLong(Integer::longValue).sum();
    }
}
