package org.offeringcompliance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    LoadScenarios(Stack stack, Dataset data, Path workDir, Path postgresLog, int seconds) {
        this.stack = stack;
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
        row.note = String.format(java.util.Locale.ROOT, "%.2f (p50 %.1f vs %.1f ms, p99 %.1f vs %.1f ms)", ratio,
                at1m.p50Ms, at10k.p50Ms, at1m.p99Ms, at10k.p99Ms);
        row.met = ratio <= 1.5;
        return row;
    }

    Row submitAnswers() throws Exception {
        List<Wrk.Request> requests = new ArrayList<>();
        for (long i = 0; requests.size() < 2000 && i < data.regularPublished; i++) {
            Offering offering = data.regularOffering(i);
            if (offering.checklist >= 0) {
                Checklist checklist = data.checklists.get(offering.checklist);
                requests.add(new Wrk.Request("POST", Seeder.submitPath(Dataset.regularOfferingUser(i)),
                        stack.staff.token(), Api.JSON.writeValueAsString(Answers.body(checklist.questions, 5, i + 7))));
            }
        }
        Row row = measure("3 submit_answers", "5 answers, " + SUBMIT_CLIENTS + " clients", stack.endpoints.gateway(),
                requests, SUBMIT_CLIENTS);
        row.target = ">= 500/s, p99 < 100 ms";
        row.met = row.errors == 0 && row.rps >= 500 && row.p99Ms < 100;
        return row;
    }

    /** The same request straight to the service and through the gateway; the ceiling is the gateway's own route. */
    List<Row> gatewayOverhead() throws Exception {
        List<Row> rows = new ArrayList<>();
        Dataset.RealUser user = data.users.get(0);
        Login login = stack.login(user.username);
        Row ceiling = measure("6 gateway overhead", "gateway's own /q/health/live (ceiling)",
                stack.endpoints.gatewayManagement(),
                List.of(new Wrk.Request("GET", "/q/health/live", login.token(), null)), CLIENTS);
        ceiling.target = "-";
        ceiling.met = ceiling.errors == 0;
        rows.add(ceiling);
        rows.add(ratio("completions list as a user, page 10", stack.endpoints.reporting(),
                List.of(get(login, COMPLETIONS + "?page_size=10")), ceiling.rps));
        rows.add(ratio("users/me", stack.endpoints.marketplace(), List.of(get(login, "/api/users/me/")), ceiling.rps));
        return rows;
    }

    private Row ratio(String request, String directUrl, List<Wrk.Request> requests, double gatewayCeiling)
            throws Exception {
        Row direct = measure("6 gateway overhead", request + ", direct", directUrl, requests, CLIENTS);
        Row proxied = measure("6 gateway overhead", request + ", via gateway", stack.endpoints.gateway(), requests,
                CLIENTS);
        double ratio = proxied.rps / direct.rps;
        proxied.ceilingRps = gatewayCeiling;
        proxied.target = "via/direct >= 0.8";
        proxied.met = direct.errors == 0 && proxied.errors == 0 && ratio >= 0.8;
        proxied.note = String.format(java.util.Locale.ROOT, "ratio %.2f; direct %.0f/s, p99 %.1f ms", ratio, direct.rps,
                direct.p99Ms);
        return proxied;
    }

    private Row measure(String scenario, String variant, String baseUrl, List<Wrk.Request> requests, int clients)
            throws Exception {
        wrk.run(baseUrl, requests, clients, WARM_UP_SECONDS);
        Wrk.Result result = wrk.run(baseUrl, requests, clients, seconds);
        Row row = new Row(scenario, variant);
        row.rps = result.rps();
        row.p50Ms = result.p50Ms();
        row.p99Ms = result.p99Ms();
        row.requests = result.requests();
        row.errors = result.errors();
        System.out.printf("  %-22s %-50s %8.1f/s p50 %6.1f ms p99 %6.1f ms errors %d%n", scenario, variant, row.rps,
                row.p50Ms, row.p99Ms, row.errors);
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
