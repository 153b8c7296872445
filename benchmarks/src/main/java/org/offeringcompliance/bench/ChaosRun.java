package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * chaos/run.sh: steady load through the gateway while each part of the local stack is killed with SIGKILL in turn and
 * restarted through deploy/local; then the invariants against the owners' data. Prints one row per fault and exits 1
 * on any violation.
 */
final class ChaosRun {

    static final List<String> ALL_FAULTS = List.of("postgres", "kafka", "keycloak", "offering-user-service",
            "checklist-service", "compliance-reporting-service", "gateway");
    /** The statuses an outage may answer with; every one of them must be JSON. */
    static final List<Integer> OUTAGE_STATUSES = List.of(502, 503, 504);

    private final Stack stack;
    private final Path root;

    ChaosRun(Stack stack, Path root) {
        this.stack = stack;
        this.root = root;
    }

    record Row(String fault, int requests, Map<Integer, Integer> failed, double recoverySeconds,
            List<String> violations) {}

    int run(List<String> faults, int outageSeconds) throws Exception {
        ChaosWorld world = ChaosWorld.create(stack);
        String probe = stack.gateway.post(world.owner(), "/api/marketplace-offering-users/",
                Map.of("offering", world.offeringA(), "user", world.userIds().get(world.users().get(0).username)), 201)
                .get("uuid").asText();
        ChaosInvariants invariants = new ChaosInvariants(stack, world, null);
        int deadLettersBefore = invariants.deadLetterCount();
        ChaosLoad load = new ChaosLoad(stack, world);
        load.start(3);
        Thread.sleep(5000);
        List<Row> rows = new ArrayList<>();
        for (String fault : faults) {
            load.window(fault);
            long killed = System.nanoTime();
            shell("chaos/fault.sh", fault);
            Thread.sleep(outageSeconds * 1000L);
            shell("deploy/local/up.sh", "--as-built");
            awaitProbe(world, probe, fault);
            double recovery = (System.nanoTime() - killed) / 1e9;
            load.window("after " + fault);
            Thread.sleep(5000);
            rows.add(row(fault, load, recovery));
        }
        load.window("steady");
        Thread.sleep(3000);
        load.stop();
        // The checks repeat until they hold: a backlog left by the load (every checklist assignment of offering B backfills)
        // drains first, so the rebuild compared afterwards does not contend with live consumers.
        List<String> broken = new ChaosInvariants(stack, world, load).check(deadLettersBefore, Duration.ofMinutes(20));
        print(rows, broken, load);
        System.out.printf("dead letters (checklist and reporting services): %d before the run, %d after%n",
                deadLettersBefore, invariants.deadLetterCount());
        boolean requestsOk = rows.stream().allMatch(r -> r.violations().isEmpty());
        return broken.isEmpty() && requestsOk ? 0 : 1;
    }

    /** A write through the gateway whose effect reaches the reports: the whole path works again. */
    private void awaitProbe(ChaosWorld world, String probe, String fault) throws InterruptedException {
        String username = "probe-" + fault;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        boolean written = false;
        while (System.nanoTime() < deadline) {
            try {
                if (!written) {
                    written = stack.gateway.send("PATCH", world.owner(), "/api/marketplace-offering-users/" + probe + "/",
                            Map.of("username", username)).status() == 200;
                }
                if (written && reportShows(world, probe, username)) {
                    return;
                }
            } catch (IllegalStateException noAnswerYet) {
                // the gateway itself is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the stack did not recover from killing " + fault + " within 3 minutes");
    }

    private boolean reportShows(ChaosWorld world, String probe, String username) {
        Api.Reply reply = stack.gateway.send("GET", world.owner(), "/api/marketplace-service-providers/"
                + world.provider() + "/compliance/offering_users/?page_size=300&offering_uuid=" + world.offeringA(), null);
        if (reply.status() != 200) {
            return false;
        }
        for (JsonNode row : reply.body()) {
            if (row.get("uuid").asText().equals(probe)) {
                return username.equals(row.get("username").asText());
            }
        }
        return false;
    }

    private static Row row(String fault, ChaosLoad load, double recovery) {
        int requests = 0;
        Map<Integer, Integer> failed = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        synchronized (load.outcomes) {
            for (ChaosLoad.Outcome o : load.outcomes) {
                if (!o.window().equals(fault) && !o.window().equals("after " + fault)) {
                    continue;
                }
                requests++;
                boolean failure = o.status() == 0 || o.status() >= 500;
                if (failure) {
                    failed.merge(o.status(), 1, Integer::sum);
                }
                boolean allowed = !failure || OUTAGE_STATUSES.contains(o.status()) && o.json()
                        || o.status() == 0 && fault.equals("gateway");
                if (!allowed || o.status() < 500 && o.status() != 0 && !o.json()) {
                    violations.add(o.operation() + " answered " + o.status() + (o.json() ? "" : " without JSON"));
                }
            }
        }
        return new Row(fault, requests, failed, recovery, violations);
    }

    private static void print(List<Row> rows, List<String> broken, ChaosLoad load) {
        System.out.printf("%n%-30s %9s  %-28s %10s  %s%n", "fault (SIGKILL, restart)", "requests",
                "failed by status (0: none)", "recovery s", "request violations");
        for (Row r : rows) {
            System.out.printf("%-30s %9d  %-28s %10.1f  %d%n", r.fault(), r.requests(),
                    r.failed().isEmpty() ? "-" : r.failed().toString(), r.recoverySeconds(), r.violations().size());
            r.violations().stream().distinct().limit(5).forEach(v -> System.out.println("    " + v));
        }
        System.out.printf("%nrequests in all: %d; offering users acknowledged: %d created, %d deleted%n",
                load.outcomes.size(), load.acknowledgedCreations.size(), load.acknowledgedDeletions.size());
        System.out.printf("invariant violations: %d%n", broken.size());
        broken.stream().limit(20).forEach(v -> System.out.println("    " + v));
    }

    private void shell(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve(script).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("chaos/.last-" + script.replaceAll("\\W", "_") + ".log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(script + " " + String.join(" ", args) + " failed (chaos/.last-*.log)");
        }
    }
}
