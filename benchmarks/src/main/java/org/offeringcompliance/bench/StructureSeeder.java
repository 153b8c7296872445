package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.offeringcompliance.bench.Dataset.Checklist;
import org.offeringcompliance.bench.Dataset.Offering;
import org.offeringcompliance.bench.Dataset.Provider;
import org.offeringcompliance.bench.Dataset.Question;
import org.offeringcompliance.bench.Dataset.RealUser;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import me.tongfei.progressbar.ProgressBar;

/**
 * Customers, providers, checklists, offerings and the real users, all through the gateway's public API as staff (and
 * Keycloak's admin API for the users): the same requests a provider's staff would send.
 */
final class StructureSeeder {

    private final Api api;
    private final Login staff;
    private final KeycloakUsers keycloak;

    StructureSeeder(Api api, Login staff, KeycloakUsers keycloak) {
        this.api = api;
        this.staff = staff;
        this.keycloak = keycloak;
    }

    void seed(Dataset data) {
        String run = Long.toString(System.currentTimeMillis() % 100000, 36);
        data.providers = parallel("providers", Dataset.PROVIDERS, i -> provider(run, i));
        data.checklists = parallel("checklists", Dataset.CHECKLISTS, i -> checklist("Bench " + run + " checklist " + i,
                10 + (i * 7) % 21, i));
        data.bigProvider = 0;
        data.backfillOffering = Dataset.OFFERINGS - 1;
        data.offerings = parallel("offerings", Dataset.OFFERINGS, i -> offering(data, run, i));
        data.users = parallel("real users", Dataset.REAL_USERS, i -> realUser(data, i));
    }

    /** Provider 0 has 100 offerings; the last offering (the backfill one) is provider 1's; the rest are shared. */
    static int providerOf(int offering) {
        if (offering < 100) {
            return 0;
        }
        if (offering == Dataset.OFFERINGS - 1) {
            return 1;
        }
        return 2 + offering % (Dataset.PROVIDERS - 2);
    }

    private Provider provider(String run, int i) {
        Provider provider = new Provider();
        provider.customerUuid = api.post(staff, "/api/customers/", Map.of("name", "Bench " + run + " provider " + i), 201)
                .get("uuid").asText();
        TestUser owner = keycloak.create("bench-owner");
        api.post(staff, "/api/customers/" + provider.customerUuid + "/add_user/",
                Map.of("user", owner.hexId(), "role", "owner"), 201);
        provider.ownerUsername = owner.username();
        provider.providerUuid = api.post(staff, "/api/marketplace-service-providers/",
                Map.of("customer", provider.customerUuid), 201).get("uuid").asText();
        return provider;
    }

    Checklist checklist(String name, int questions, int seed) {
        Checklist checklist = new Checklist();
        checklist.name = name;
        checklist.uuid = api.post(staff, "/api/checklists-admin/",
                Map.of("name", name, "description", "Benchmark checklist", "checklist_type", "offering_compliance"), 201)
                .get("uuid").asText();
        for (int q = 0; q < questions; q++) {
            Question question = new Question();
            question.type = Answers.TYPES.get((q + seed) % Answers.TYPES.size());
            question.required = q % 3 != 2;
            question.uuid = api.post(staff, "/api/checklists-admin/questions/",
                    Map.of("checklist", checklist.uuid, "description", "Question " + (q + 1) + " (" + question.type + ")",
                            "question_type", question.type, "required", question.required, "order", q + 1),
                    201).get("uuid").asText();
            if (question.type.endsWith("_select")) {
                for (int o = 0; o < 4; o++) {
                    question.options.add(api.post(staff, "/api/checklists-admin/question-options/",
                            Map.of("question", question.uuid, "label", "Option " + (o + 1), "order", o + 1), 201)
                            .get("uuid").asText());
                }
            }
            checklist.questions.add(question);
        }
        return checklist;
    }

    private Offering offering(Dataset data, String run, int i) {
        Offering offering = new Offering();
        offering.provider = providerOf(i);
        offering.name = "Bench " + run + " offering " + i;
        offering.uuid = api.post(staff, "/api/marketplace-provider-offerings/", Map.of("name", offering.name,
                "description", "Benchmark offering", "customer", data.providers.get(offering.provider).customerUuid), 201)
                .get("uuid").asText();
        // One offering in twenty has no checklist, like a real catalogue; the backfill offering starts without one.
        offering.checklist = i % 20 == 19 || i == data.backfillOffering ? -1 : i % Dataset.CHECKLISTS;
        if (offering.checklist >= 0) {
            assign(offering.uuid, data.checklists.get(offering.checklist).uuid);
        }
        return offering;
    }

    void assign(String offering, String checklist) {
        api.post(staff, "/api/marketplace-provider-offerings/" + offering + "/update_compliance_checklist/",
                Map.of("compliance_checklist", checklist), 200);
    }

    /** A real Keycloak user with accounts on ten offerings (not the big provider's nor the backfill one). */
    private RealUser realUser(Dataset data, int i) {
        TestUser created = keycloak.create("bench-user");
        RealUser user = new RealUser();
        user.uuid = created.hexId();
        user.username = created.username();
        int offering = 100 + i * 37;
        while (user.offeringUsers.size() < Dataset.REAL_OFFERINGS_PER_USER) {
            offering = 100 + (offering + 1 - 100) % (Dataset.OFFERINGS - 101);
            if (data.offerings.get(offering).checklist >= 0) {
                user.offeringUsers.add(api.post(staff, "/api/marketplace-offering-users/",
                        Map.of("offering", data.offerings.get(offering).uuid, "user", user.uuid), 201).get("uuid")
                        .asText());
            }
        }
        return user;
    }

    /** Runs {@code count} creations on a few threads, in index order in the result. */
    static <T> List<T> parallel(String task, int count, IntFunction<T> create) {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (ProgressBar bar = Progress.bar(task, count)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    T created = create.apply(index);
                    bar.step();
                    return created;
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(task + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
