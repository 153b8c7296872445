package org.offeringcompliance.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.offeringcompliance.e2e.fuzz.OpenApiOperations.Operation;
import org.offeringcompliance.e2e.fuzz.RawClient.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A refused write writes nothing: the object's views (its GETs in the same service) read the same before and after, and
 * a refused POST to a collection leaves its X-Result-Count as it was. Reads are made as staff, who sees everything.
 */
final class RefusedWrites {

    /** What to read around a write: the object's views, or the collection's count. */
    record Target(List<String> paths, boolean countOnly) {}

    /** One read: its status and body, or for a collection the count. */
    record View(String path, int status, JsonNode body, String count) {}

    /**
     * The views before a write.
     *
     * @param quiet no write was accepted for a while, so no event of one can still change the views
     */
    record Before(List<View> views, boolean quiet) {}

    private static final int MAX_VIEWS = 4;
    /** Long enough for events of earlier accepted writes to arrive ("within a second" under normal load). */
    private static final long SETTLE_MILLIS = 3_000;

    private final List<Operation> operations;
    private final RawClient client;
    private final Supplier<String> staffToken;
    private final FuzzStats stats;
    /** When the setup last wrote (throwaways, repairs), in System.nanoTime(). */
    private final LongSupplier setupWrites;
    private long lastAcceptedWrite = System.nanoTime();

    RefusedWrites(List<Operation> operations, RawClient client, Supplier<String> staffToken, LongSupplier setupWrites,
            FuzzStats stats) {
        this.operations = operations;
        this.client = client;
        this.staffToken = staffToken;
        this.setupWrites = setupWrites;
        this.stats = stats;
    }

    /**
     * What a write to the template reads around it: the collection when it has no path parameters, the object when every
     * parameter names a real object (values, encoded), nothing otherwise.
     */
    Optional<Target> targetOf(Operation op, String method, Map<String, String> realValues) {
        if (!FuzzRequest.WRITES.contains(method.toUpperCase())) {
            return Optional.empty();
        }
        if (op.pathParams().isEmpty()) {
            return operations.stream().filter(o -> o.method().equals("GET") && o.template().equals(op.template())).findFirst()
                    .map(list -> new Target(List.of(list.path(Map.of()) + "?page_size=1"), true));
        }
        if (realValues.size() < op.pathParams().size()) {
            return Optional.empty();
        }
        String object = op.template().substring(0, op.template().lastIndexOf('}') + 1);
        List<Operation> reads = operations.stream().filter(o -> o.method().equals("GET"))
                .filter(o -> o.template().equals(object) || o.template().startsWith(object + "/"))
                .filter(o -> o.pathParams().size() == op.pathParams().size()).toList();
        List<Operation> sameService = reads.stream().filter(o -> o.tags().stream().anyMatch(op.tags()::contains)).toList();
        List<String> paths = (sameService.isEmpty() ? reads : sameService).stream()
                .sorted((a, b) -> Integer.compare(a.template().length(), b.template().length())).limit(MAX_VIEWS)
                .map(o -> o.path(realValues)).toList();
        return paths.isEmpty() ? Optional.empty() : Optional.of(new Target(paths, false));
    }

    /** A write was accepted: its events may change views of other objects for a while. */
    void noteAccepted() {
        lastAcceptedWrite = System.nanoTime();
    }

    Optional<Before> before(Target target) {
        long lastWrite = Math.max(lastAcceptedWrite, setupWrites.getAsLong());
        boolean quiet = System.nanoTime() - lastWrite > SETTLE_MILLIS * 1_000_000;
        return snapshot(target).map(views -> new Before(views, quiet));
    }

    /** The views now; empty when a read was throttled or failed, so that nothing can be compared. */
    private Optional<List<View>> snapshot(Target target) {
        List<View> views = new ArrayList<>();
        for (String path : target.paths()) {
            Answer answer = client.get(path, staffToken.get());
            if (answer.failure() != null || answer.status() == 429 || answer.status() >= 500) {
                return Optional.empty();
            }
            views.add(target.countOnly()
                    ? new View(path, answer.status(), null, answer.header("X-Result-Count"))
                    : new View(path, answer.status(), ResponseContract.parse(answer.body()), null));
        }
        return Optional.of(views);
    }

    /**
     * After a refusal: the problem when the views moved. Right after an accepted write the move may be that write's
     * events arriving, so the request is sent again once they have settled (a refused request may be repeated: it writes
     * nothing) and only a move around the second refusal counts.
     */
    Optional<String> verifyUnchanged(Target target, Before before, Supplier<Answer> sendAgain) {
        Optional<List<View>> after = snapshot(target);
        if (after.isEmpty()) {
            return Optional.empty();
        }
        stats.refusedWriteChecked();
        if (after.get().equals(before.views())) {
            return Optional.empty();
        }
        if (before.quiet()) {
            return Optional.of("refused, but it wrote: " + difference(before.views(), after.get()));
        }
        sleep();
        Optional<List<View>> settled = snapshot(target);
        Answer again = sendAgain.get();
        Optional<List<View>> afterAgain = snapshot(target);
        if (settled.isEmpty() || afterAgain.isEmpty() || again.status() < 400 || again.status() >= 500
                || settled.get().equals(afterAgain.get())) {
            stats.refusedWriteDrifting();
            return Optional.empty();
        }
        return Optional.of("refused (twice), but it wrote: " + difference(settled.get(), afterAgain.get()));
    }

    private static String difference(List<View> before, List<View> after) {
        for (int i = 0; i < before.size(); i++) {
            View b = before.get(i);
            View a = after.get(i);
            if (!b.equals(a)) {
                return b.path() + " was " + show(b) + ", is " + show(a);
            }
        }
        return "the views differ";
    }

    private static String show(View view) {
        String body = view.count() != null ? "count " + view.count() : Objects.toString(view.body());
        return view.status() + " " + (body.length() <= 300 ? body : body.substring(0, 300) + "…");
    }

    private static void sleep() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
