package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Steady load through the gateway, as the stack's users make it: offering users created and deleted, answers submitted,
 * completions reviewed, offering B's checklist assigned and removed. Every answer is recorded with the fault window it
 * fell in; what the gateway acknowledged (201, 204) is remembered for the invariants.
 */
final class ChaosLoad {

    /** One request's outcome: its HTTP status (0: no answer at all) and whether a failure answered in JSON. */
    record Outcome(String window, String operation, int status, boolean json) {}

    private final Stack stack;
    private final ChaosWorld world;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();
    private volatile String window = "steady";

    final List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Offering users the gateway acknowledged as created (uuid → offering), and those acknowledged as deleted. */
    final Map<String, String> acknowledgedCreations = new ConcurrentHashMap<>();
    final Set<String> acknowledgedDeletions = ConcurrentHashMap.newKeySet();
    /** Which user each live offering user belongs to, so that user can answer. */
    private final Map<String, Login> answerer = new ConcurrentHashMap<>();

    ChaosLoad(Stack stack, ChaosWorld world) {
        this.stack = stack;
        this.world = world;
    }

    void start(int threads) {
        running.set(true);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::loop, "chaos-load-" + i);
            worker.start();
            workers.add(worker);
        }
    }

    void window(String name) {
        window = name;
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void loop() {
        while (running.get()) {
            int pick = ThreadLocalRandom.current().nextInt(100);
            if (pick < 30) {
                create();
            } else if (pick < 60) {
                submit();
            } else if (pick < 75) {
                review();
            } else if (pick < 85) {
                toggleChecklistOfB();
            } else {
                delete();
            }
            pause(20);
        }
    }

    private void create() {
        Login user = world.users().get(ThreadLocalRandom.current().nextInt(world.users().size()));
        String offering = ThreadLocalRandom.current().nextBoolean() ? world.offeringA() : world.offeringB();
        Api.Reply reply = send("create", "POST", world.owner(), "/api/marketplace-offering-users/",
                Map.of("offering", offering, "user", world.userIds().get(user.username)));
        if (reply != null && reply.status() == 201) {
            String uuid = reply.body().get("uuid").asText();
            acknowledgedCreations.put(uuid, offering);
            answerer.put(uuid, user);
        }
    }

    private void submit() {
        String ou = liveOfferingUser();
        if (ou == null) {
            return;
        }
        boolean accept = ThreadLocalRandom.current().nextBoolean();
        List<Map<String, Object>> answers = List.of(Map.of("question_uuid", world.termsQuestion(), "answer_data", accept),
                Map.of("question_uuid", world.purposeQuestion(), "answer_data", "purpose " + System.nanoTime()));
        send("submit", "POST", answerer.get(ou), "/api/marketplace-offering-users/" + ou + "/submit_answers/",
                ThreadLocalRandom.current().nextInt(4) == 0 ? answers.subList(0, 1) : answers);
    }

    private void review() {
        String ou = liveOfferingUser();
        if (ou != null) {
            send("review", "POST", world.owner(), "/api/marketplace-offering-users/" + ou + "/review_completion/",
                    Map.of("review_notes", "chaos"));
        }
    }

    private void toggleChecklistOfB() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("compliance_checklist", ThreadLocalRandom.current().nextBoolean() ? world.checklist() : null);
        send("assignment", "POST", world.owner(),
                "/api/marketplace-provider-offerings/" + world.offeringB() + "/update_compliance_checklist/", body);
    }

    private void delete() {
        String ou = liveOfferingUser();
        if (ou == null) {
            return;
        }
        Api.Reply reply = send("delete", "DELETE", world.owner(), "/api/marketplace-offering-users/" + ou + "/", null);
        if (reply != null && reply.status() == 204) {
            acknowledgedDeletions.add(ou);
            answerer.remove(ou);
        }
    }

    private String liveOfferingUser() {
        List<String> live = new ArrayList<>(answerer.keySet());
        return live.isEmpty() ? null : live.get(ThreadLocalRandom.current().nextInt(live.size()));
    }

    private Api.Reply send(String operation, String method, Login as, String path, Object body) {
        String current = window;
        try {
            Api.Reply reply = stack.gateway.send(method, as, path, body);
            outcomes.add(new Outcome(current, operation, reply.status(), isJson(reply)));
            return reply;
        } catch (IllegalStateException noAnswer) {
            outcomes.add(new Outcome(current, operation, 0, false));
            return null;
        }
    }

    private static boolean isJson(Api.Reply reply) {
        JsonNode body = reply.body();
        return reply.status() == 204 || body != null && (body.isObject() || body.isArray());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
