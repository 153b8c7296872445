package org.offeringcompliance.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.offeringcompliance.bench.Dataset.Checklist;
import org.offeringcompliance.bench.Dataset.Offering;
import org.offeringcompliance.bench.Dataset.RealUser;

import me.tongfei.progressbar.ProgressBar;

/**
 * Grows the dataset to a number of offering users, resuming from what an earlier run left: structure through the API,
 * offering users as marketplace events, then about 60 % of the completions answered through submit_answers.
 */
final class Seeder {

    private static final int ANSWER_THREADS = 16;

    private final Stack stack;
    private final Path stateFile;

    Seeder(Stack stack, Path stateFile) {
        this.stack = stack;
        this.stateFile = stateFile;
    }

    void seedTo(Dataset data, long totalOfferingUsers, boolean withBackfill) throws Exception {
        if (!data.structureDone) {
            new StructureSeeder(stack.gateway, stack.staff, stack.keycloak).seed(data);
            data.structureDone = true;
            data.save(stateFile);
            waitForOfferings(data);
        }
        long regularTarget = totalOfferingUsers - data.realOfferingUsers() - (withBackfill ? Dataset.BACKFILL_USERS : 0);
        ensureOwnerRows(data);
        publish(data, regularTarget, withBackfill ? Dataset.BACKFILL_USERS : 0);
        waitForCompletions(data);
        answer(data);
    }

    /** Datasets seeded before the owner's rows were written (OwnerRows) get them now. */
    void ensureOwnerRows(Dataset data) throws Exception {
        if (!data.ownerRowsDone) {
            System.out.println("writing the offering-user service's rows of the synthetic offering users");
            OwnerRows.write(stack.endpoints, data, 0, data.regularPublished, 0, data.backfillPublished);
            data.ownerRowsDone = true;
            data.save(stateFile);
        }
    }

    /** The checklist service must know every offering and its checklist before offering users arrive. */
    private void waitForOfferings(Dataset data) throws InterruptedException {
        int last = StructureSeeder.providerOf(Dataset.OFFERINGS - 2);
        String provider = data.providers.get(last).providerUuid;
        long offerings = data.offerings.stream().filter(o -> o.provider == last).count();
        Wait.until("offerings projected", Duration.ofMinutes(2), () -> stack.gateway.get(stack.staff,
                "/api/marketplace-service-providers/" + provider + "/compliance/compliance_overview/?page_size=300")
                .size() == offerings);
        Thread.sleep(2000);
    }

    private void publish(Dataset data, long regularTarget, long backfillTarget) throws Exception {
        long todo = Math.max(0, regularTarget - data.regularPublished) + Math.max(0, backfillTarget - data.backfillPublished);
        if (todo == 0) {
            return;
        }
        OwnerRows.write(stack.endpoints, data, data.regularPublished, regularTarget, data.backfillPublished,
                backfillTarget);
        try (OfferingUserEvents events = new OfferingUserEvents(stack.endpoints.kafka());
                ProgressBar bar = Progress.bar("publish offering users", todo)) {
            for (long i = data.regularPublished; i < regularTarget; i++) {
                Offering offering = data.regularOffering(i);
                events.created(Dataset.regularOfferingUser(i), offering, data.providers.get(offering.provider).customerUuid,
                        checklistOf(data, offering), Dataset.regularUser(i), "bench-u" + i / 3);
                bar.step();
            }
            Offering backfill = data.offerings.get(data.backfillOffering);
            for (long i = data.backfillPublished; i < backfillTarget; i++) {
                events.created(Dataset.backfillOfferingUser(i), backfill,
                        data.providers.get(backfill.provider).customerUuid, data.backfillChecklist,
                        Dataset.backfillUser(i), "bench-b" + i);
                bar.step();
            }
        }
        data.regularPublished = Math.max(data.regularPublished, regularTarget);
        data.backfillPublished = Math.max(data.backfillPublished, backfillTarget);
        data.save(stateFile);
    }

    private static String checklistOf(Dataset data, Offering offering) {
        return offering.checklist < 0 ? null : data.checklists.get(offering.checklist).uuid;
    }

    /** Waits, with a bar, until the reports hold every completion (and so the checklist service created them). */
    void waitForCompletions(Dataset data) throws InterruptedException {
        long expected = data.expectedCompletions();
        long seen = stack.completionCount();
        if (seen == expected) {
            return;
        }
        try (ProgressBar bar = Progress.bar("completions in the reports", expected)) {
            bar.stepTo(seen);
            long last = seen;
            long lastChange = System.nanoTime();
            while (seen != expected) {
                Thread.sleep(1000);
                seen = countOr(seen);
                bar.stepTo(Math.min(seen, expected));
                if (seen != last) {
                    last = seen;
                    lastChange = System.nanoTime();
                } else if (Math.abs(seen - expected) <= expected / 10_000
                        && System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(15)) {
                    // A benchmark run interrupted half-way can leave an offering user more or less than planned.
                    System.out.printf("%nthe reports settled at %d completions of %d planned%n", seen, expected);
                    return;
                } else if (System.nanoTime() - lastChange > TimeUnit.MINUTES.toNanos(2)) {
                    throw new IllegalStateException("completions stuck at " + seen + " of " + expected
                            + "; see deploy/local/.run/*.log and the dead-letter topics");
                }
            }
        }
    }

    /** A service restarting (503 for a moment) does not end the wait. */
    private long countOr(long previous) {
        try {
            return stack.completionCount();
        } catch (IllegalStateException e) {
            return previous;
        }
    }

    /**
     * About 60 % of synthetic completions: half of them in full, half in part; and half of each real user's own. Sent to
     * the checklist service's own API, which the gateway would only forward: that leaves the gateway's share of two
     * cores to the half a million submissions.
     */
    private void answer(Dataset data) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ANSWER_THREADS);
        Semaphore inFlight = new Semaphore(ANSWER_THREADS * 4);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (ProgressBar bar = Progress.bar("answer completions", data.regularPublished - data.answeredUpTo)) {
            for (RealUser user : data.answeredUpTo == 0 ? data.users : List.<RealUser>of()) {
                Login login = new Login(stack.keycloak, user.username, user.username);
                for (int k = 0; k < user.offeringUsers.size(); k += 2) {
                    submit(data, login, user.offeringUsers.get(k), k);
                }
            }
            for (long i = data.answeredUpTo; i < data.regularPublished && failure.get() == null; i++) {
                long index = i;
                Offering offering = data.regularOffering(i);
                if (i % 10 < 6 && offering.checklist >= 0) {
                    inFlight.acquire();
                    pool.execute(() -> {
                        try {
                            Checklist checklist = data.checklists.get(offering.checklist);
                            int count = index % 10 < 3 ? checklist.questions.size() : checklist.questions.size() / 2;
                            submitWithRetries(submitPath(Dataset.regularOfferingUser(index)),
                                    Answers.body(checklist.questions, count, index));
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
                bar.step();
                if (i % 10_000 == 0) {
                    data.answeredUpTo = Math.max(0, i - ANSWER_THREADS * 4);
                    data.save(stateFile);
                }
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        data.answeredUpTo = data.regularPublished;
        data.save(stateFile);
    }

    /** A service restarting meanwhile costs a few retries, not the seeding run. */
    private void submitWithRetries(String path, Object body) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                stack.checklist.post(stack.staff, path, body, 200);
                return;
            } catch (IllegalStateException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(2000);
            }
        }
    }

    private void submit(Dataset data, Login as, String offeringUser, int seed) {
        Checklist checklist = checklistOfOfferingUser(data, offeringUser);
        stack.gateway.post(as, "/api/marketplace-offering-users/" + offeringUser + "/submit_answers/",
                Answers.body(checklist.questions, checklist.questions.size(), seed), 200);
    }

    private Checklist checklistOfOfferingUser(Dataset data, String offeringUser) {
        String uuid = stack.gateway.get(stack.staff, "/api/marketplace-offering-users/" + offeringUser + "/checklist/")
                .get("checklist").get("uuid").asText();
        return data.checklists.stream().filter(c -> c.uuid.equals(uuid)).findFirst().orElseThrow();
    }

    static String submitPath(java.util.UUID offeringUser) {
        return "/api/marketplace-offering-users/" + OfferingUserEvents.hex(offeringUser) + "/submit_answers/";
    }
}
