package org.offeringcompliance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offeringcompliance.bench.Dataset.Checklist;
import org.offeringcompliance.bench.Dataset.Offering;
import org.offeringcompliance.bench.Dataset.Provider;
import org.offeringcompliance.bench.Figures.Row;

/** Scenarios 1, 2, 3 and 6: HTTP load with wrk, each beside its target and, for the read endpoints, pgbench's ceiling. */
final class LoadScenarios {

    static final int CLIENTS = 32;
    static final int OVERVIEW_CLIENTS = 8;
    static final int SUBMIT_CLIENTS = 16;
    private static final String COMPLETIONS = "/api/marketplace-offering-user-checklist-completions/";
    static final int WARM_UP_SECONDS = 10;

    private final Stack stack;
    private final Dataset data;
    private final Wrk wrk;
    private final Postgres postgres;
    private final SqlCapture capture;
    private final Path workDir;
    private final int seconds;
    private final StackProcesses processes;

    LoadScenarios(Stack stack, Dataset data, Path workDir, Path postgresLog, StackProcesses processes, int seconds) {
        this.stack = stack;
        this.processes = processes;
        this.data = data;
        this.workDir = workDir;
        this.seconds = seconds;
        this.wrk = new Wrk(workDir);
        this.postgres = new Postgres(stack.endpoints);
        this.capture = new SqlCapture(postgres, postgresLog);
    }

    List<Row> completionsList() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int pageSize : List.of(10, 300)) {
            List<Wrk.Request> asUsers = new ArrayList<>();
            for (Dataset.RealUser user : data.users) {
                asUsers.add(get(stack.login(user.username), COMPLETIONS + "?page_size=" + pageSize));
            }
            rows.add(listRow("as a user, page " + pageSize, asUsers));
            List<Wrk.Request> asMembers = new ArrayList<>();
            for (Provider provider : data.providers.subList(0, 20)) {
                asMembers.add(get(stack.login(provider.ownerUsername), COMPLETIONS + "?customer_provider_uuid="
                        + provider.customerUuid + "&is_completed=false&page_size=" + pageSize));
            }
            rows.add(listRow("as a provider owner, filtered, page " + pageSize, asMembers));
            rows.add(listRow("as staff, is_completed=false&o=-modified, page " + pageSize,
                    List.of(get(stack.staff, COMPLETIONS + "?is_completed=false&o=-modified&page_size=" + pageSize))));
        }
        return rows;
    }

    private Row listRow(String variant, List<Wrk.Request> requests) throws Exception {
        Row row = measure("1 completions list", variant, stack.endpoints.gateway(), requests, CLIENTS);
        row.ceilingRps = ceiling("reporting", requests, CLIENTS);
        row.target = "p99 < 50 ms, >= 0.5 x pgbench";
        row.met = row.errors == 0 && row.p99Ms < 50 && row.rps >= 0.5 * row.ceilingRps;
        return row;
    }

    Row overview(String variant) throws Exception {
        Provider big = data.providers.get(data.bigProvider);
        List<Wrk.Request> requests = List.of(get(stack.login(big.ownerUsername), "/api/marketplace-service-providers/"
                + big.providerUuid + "/compliance/compliance_overview/?page_size=100"));
        Row row = measure("2 compliance_overview", variant, stack.endpoints.gateway(), requests, OVERVIEW_CLIENTS);
        row.ceilingRps = ceiling("reporting", requests, OVERVIEW_CLIENTS);
        row.target = "p99 < 20 ms";
        row.met = row.errors == 0 && row.p99Ms < 20;
        return row;
    }

    /** "Its time with 1 000 000 offering users within 1.5 times its time with 10 000", on the median. */
    Row overviewGrowth(Row at10k, Row at1m) {
        Row row = new Row("2 compliance_overview", "time at 1M / time at 10k (p50)");
        row.target = "<= 1.5";
        if (at10k == null) {
            row.note = "no 10k figure: the dataset was seeded past 10k before one was taken";
            return row;
        }
        double ratio = at1m.p50Ms / at10k.p50Ms;
        row.p50Ms = ratio;
        row.note = String.format(Locale.ROOT, "%.2f (p50 %.1f vs %.1f ms, p99 %.1f vs %.1f ms)", ratio,
                at1m.p50Ms, at10k.p50Ms, at1m.p99Ms, at10k.p99Ms);
        row.met = ratio <= 1.5;
        return row;
    }

    Row submitAnswers() throws Exception {
        Row row = measure("3 submit_answers", "5 answers, " + SUBMIT_CLIENTS + " clients", stack.endpoints.gateway(),
                submitRequests(), SUBMIT_CLIENTS);
        row.target = ">= 500/s, p99 < 100 ms";
        row.met = row.errors == 0 && row.rps >= 500 && row.p99Ms < 100;
        return row;
    }

    /** 2 000 different completions, 5 answers each. */
    private List<Wrk.Request> submitRequests() throws Exception {
        List<Wrk.Request> requests = new ArrayList<>();
        for (long i = 0; requests.size() < 2000 && i < data.regularPublished; i++) {
            Offering offering = data.regularOffering(i);
            if (offering.checklist >= 0) {
                Checklist checklist = data.checklists.get(offering.checklist);
                requests.add(new Wrk.Request("POST", Seeder.submitPath(Dataset.regularOfferingUser(i)),
                        stack.staff.token(), Api.JSON.writeValueAsString(Answers.body(checklist.questions, 5, i + 7))));
            }
        }
        return requests;
    }

    /**
     * The three reads of issue 14 straight to the owning service and through the gateway, at 16 and 32 connections: the
     * throughput ratio and what a request costs the gateway and the service in CPU. The ceiling is the gateway's own
     * health route.
     */
    List<Row> gatewayOverhead() throws Exception {
        List<Row> rows = new ArrayList<>();
        Row ceiling = measure("6 gateway overhead", "gateway's own /q/health/live (ceiling)",
                stack.endpoints.gatewayManagement(), List.of(new Wrk.Request("GET", "/q/health/live", null, null)),
                CLIENTS);
        ceiling.target = "-";
        ceiling.met = ceiling.errors == 0;
        rows.add(ceiling);
        List<Read> reads = reads();
        for (int clients : List.of(16, 32)) {
            for (Read read : reads) {
                rows.addAll(viaAndDirect(read, clients, ceiling.rps));
            }
        }
        return rows;
    }

    /**
     * Two minutes of the three reads, through the gateway and direct, before anything is measured: services started a
     * moment ago spend their first minutes compiling (the JIT's CPU counts as theirs), which a 10 s warm-up per
     * scenario does not cover.
     */
    void warmUp() throws Exception {
        System.out.println("== warming up: the three reads via the gateway and direct, 2 minutes");
        for (Read read : reads()) {
            wrk.run(stack.endpoints.gateway(), List.of(read.request()), SUBMIT_CLIENTS, 25);
            wrk.run(read.directUrl(), List.of(read.request()), SUBMIT_CLIENTS, 15);
        }
    }

    private List<Read> reads() {
        Login user = stack.login(data.users.get(0).username);
        Provider big = data.providers.get(data.bigProvider);
        return List.of(
                new Read("users/me", MARKETPLACE, stack.endpoints.marketplace(), get(user, "/api/users/me/"), 0.6),
                new Read("completions list as a user, page 10", REPORTING, stack.endpoints.reporting(),
                        get(user, COMPLETIONS + "?page_size=10"), 1.0),
                new Read("compliance_overview, 100 offerings", REPORTING, stack.endpoints.reporting(),
                        get(stack.login(big.ownerUsername), "/api/marketplace-service-providers/" + big.providerUuid
                                + "/compliance/compliance_overview/?page_size=100"),
                        null));
    }

    /**
     * Flame graphs of the three reads at 16 connections: the gateway and the service under the proxied load, the service
     * under the direct one; and of submit_answers in the checklist service.
     */
    void profile(Profiler profiler, Path into) throws Exception {
        for (Read read : reads()) {
            String name = read.name().replaceAll("[^a-z0-9]+", "-");
            profiled(profiler, into, name + "-via-gateway", stack.endpoints.gateway(), List.of(read.request()),
                    List.of(GATEWAY, read.service()));
            profiled(profiler, into, name + "-direct", read.directUrl(), List.of(read.request()), List.of(read.service()));
        }
        profiled(profiler, into, "submit-answers-via-gateway", stack.endpoints.gateway(), submitRequests(),
                List.of(GATEWAY, "checklist-service"));
    }

    private void profiled(Profiler profiler, Path into, String name, String baseUrl, List<Wrk.Request> requests,
            List<String> servers) throws Exception {
        wrk.run(baseUrl, requests, SUBMIT_CLIENTS, WARM_UP_SECONDS);
        for (String server : servers) {
            profiler.start(processes.pidOf(server), into.resolve(name + "." + server + ".html"));
        }
        Wrk.Result result = wrk.run(baseUrl, requests, SUBMIT_CLIENTS, seconds);
        for (String server : servers) {
            Path file = into.resolve(name + "." + server + ".html");
            profiler.stop(processes.pidOf(server), file, name + " (" + server + ", " + Math.round(result.rps()) + " req/s)");
            System.out.println("  " + file + ": " + Math.round(result.rps()) + " req/s");
        }
    }

    private static final String MARKETPLACE = "offering-user-service";
    private static final String REPORTING = "compliance-reporting-service";
    private static final String GATEWAY = "gateway";

    /** A read, the service that owns it, and the service CPU per request it must stay within (null: none set). */
    record Read(String name, String service, String directUrl, Wrk.Request request, Double serviceCpuTargetMs) {}

    private List<Row> viaAndDirect(Read read, int clients, double gatewayCeiling) throws Exception {
        String variant = read.name() + ", " + clients + " connections, ";
        Row direct = measure("6 gateway overhead", variant + "direct", read.directUrl(), List.of(read.request()), clients);
        double directServiceMs = direct.cpuMsPerOp.getOrDefault(read.service(), 0.0);
        direct.target = read.serviceCpuTargetMs() == null ? "-" : "service CPU <= " + read.serviceCpuTargetMs() + " ms";
        direct.met = direct.errors == 0
                && (read.serviceCpuTargetMs() == null || directServiceMs <= read.serviceCpuTargetMs());
        direct.note = String.format(Locale.ROOT, "service CPU %.3f ms", directServiceMs);
        Row proxied = measure("6 gateway overhead", variant + "via gateway", stack.endpoints.gateway(),
                List.of(read.request()), clients);
        double ratio = proxied.rps / direct.rps;
        double gatewayMs = proxied.cpuMsPerOp.getOrDefault(GATEWAY, 0.0);
        double serviceMs = proxied.cpuMsPerOp.getOrDefault(read.service(), 0.0);
        proxied.ceilingRps = gatewayCeiling;
        proxied.target = "via/direct >= 0.8, gateway CPU <= 0.25 ms, service CPU <= 1.1 x direct";
        proxied.met = proxied.errors == 0 && ratio >= 0.8 && gatewayMs <= 0.25 && serviceMs <= 1.1 * directServiceMs;
        proxied.note = String.format(Locale.ROOT, "ratio %.2f; gateway CPU %.3f ms; service CPU %.3f ms via, %.3f direct",
                ratio, gatewayMs, serviceMs, directServiceMs);
        return List.of(direct, proxied);
    }

    private Row measure(String scenario, String variant, String baseUrl, List<Wrk.Request> requests, int clients)
            throws Exception {
        wrk.run(baseUrl, requests, clients, WARM_UP_SECONDS);
        Map<String, Double> cpuBefore = processes.cpuMs();
        Wrk.Result result = wrk.run(baseUrl, requests, clients, seconds);
        Row row = new Row(scenario, variant);
        row.cpuMsPerOp = StackProcesses.perOperation(cpuBefore, processes.cpuMs(), result.requests());
        row.rps = result.rps();
        row.p50Ms = result.p50Ms();
        row.p99Ms = result.p99Ms();
        row.requests = result.requests();
        row.errors = result.errors();
        System.out.printf("  %-22s %-50s %8.1f/s p50 %6.1f ms p99 %6.1f ms errors %d, CPU ms per request %s%n",
                scenario, variant, row.rps, row.p50Ms, row.p99Ms, row.errors, Figures.brief(row.cpuMsPerOp));
        return row;
    }

    /** pgbench replaying the SQL that a few of these requests ran, as many clients, as long. */
    private double ceiling(String database, List<Wrk.Request> requests, int clients) throws Exception {
        List<List<String>> scripts = new ArrayList<>();
        for (Wrk.Request request : requests.subList(0, Math.min(3, requests.size()))) {
            scripts.add(capture.capture(() -> send(request)));
        }
        // The reporting service keeps its tables in the schema of the same name (it swaps schemas on a rebuild).
        return postgres.pgbench(database, database, scripts, clients, seconds, workDir);
    }

    private void send(Wrk.Request request) {
        Api.Reply reply = stack.gateway.send(request.method(), request.token(), request.path(), request.body());
        if (reply.status() != 200) {
            throw new IllegalStateException(request.path() + ": " + reply.status());
        }
    }

    private static Wrk.Request get(Login as, String path) {
        return new Wrk.Request("GET", path, as.token(), null);
    }
}
