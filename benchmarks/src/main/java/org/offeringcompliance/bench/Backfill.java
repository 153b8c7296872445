package org.offeringcompliance.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.offeringcompliance.bench.Dataset.Checklist;
import org.offeringcompliance.bench.Dataset.Offering;
import org.offeringcompliance.bench.Dataset.Provider;
import org.offeringcompliance.bench.Figures.Row;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scenario 5: a new checklist assigned to the offering that has 100 000 users; the time until the reports hold all
 * 100 000 completions of it and the overview shows them. Every run assigns a fresh checklist (a switch creates new
 * completions; switching back would only reactivate kept ones).
 */
final class Backfill {

    private final Stack stack;
    private final Dataset data;
    private final Path stateFile;
    private final StackProcesses processes;

    Backfill(Stack stack, Dataset data, Path stateFile, StackProcesses processes) {
        this.processes = processes;
        this.stack = stack;
        this.data = data;
        this.stateFile = stateFile;
    }

    Row run() throws Exception {
        Offering offering = data.offerings.get(data.backfillOffering);
        Provider provider = data.providers.get(offering.provider);
        StructureSeeder structure = new StructureSeeder(stack.gateway, stack.staff, stack.keycloak);
        Checklist checklist = structure.checklist("Backfill run " + (data.backfillRuns + 1), 15, data.backfillRuns);
        String overview = "/api/marketplace-service-providers/" + provider.providerUuid + "/compliance/compliance_overview/";
        long expected = data.backfillPublished;
        Map<String, Double> cpuBefore = processes.cpuMs();
        long start = System.nanoTime();
        structure.assign(offering.uuid, checklist.uuid);
        data.backfillChecklist = checklist.uuid;
        data.backfillRuns++;
        data.save(stateFile);
        long[] completionsAt = {0};
        Wait.until("backfill in the reports", Duration.ofMinutes(10), () -> {
            if (completionsAt[0] == 0 && completionsOf(offering, checklist) == expected) {
                completionsAt[0] = System.nanoTime();
            }
            JsonNode row = stack.gateway.get(stack.staff, overview).get(0);
            return completionsAt[0] != 0 && row.get("users_with_completions").asLong() == expected
                    && row.get("total_users").asLong() == expected && checklist.name.equals(row.get("checklist_name").asText());
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Row row = new Row("5 backfill", expected + " offering users, until the overview is right");
        row.cpuMsPerOp = StackProcesses.perOperation(cpuBefore, processes.cpuMs(), expected);
        row.rps = expected / seconds;
        row.p50Ms = (completionsAt[0] - start) / 1e6;
        row.p99Ms = seconds * 1000;
        row.requests = expected;
        row.target = "< 60 s";
        row.met = seconds < 60;
        row.note = String.format(java.util.Locale.ROOT, "p50 column: all completions listed after %.1f s; p99 column: "
                + "overview right after %.1f s", row.p50Ms / 1000, seconds);
        return row;
    }

    private long completionsOf(Offering offering, Checklist checklist) {
        Api.Reply reply = stack.gateway.send("HEAD", stack.staff, "/api/marketplace-offering-user-checklist-completions/"
                + "?offering_uuid=" + offering.uuid + "&checklist_uuid=" + checklist.uuid, null);
        return reply.status() == 200 ? Long.parseLong(reply.raw().headers().firstValue("X-Result-Count").orElse("0")) : -1;
    }
}
