package org.offeringcompliance.e2e.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.offeringcompliance.e2e.fuzz.FuzzCases.FuzzCase;
import org.offeringcompliance.e2e.fuzz.RawClient.Answer;
import org.offeringcompliance.e2e.fuzz.RefusedWrites.Before;
import org.offeringcompliance.e2e.fuzz.RefusedWrites.Target;
import org.offeringcompliance.e2e.fuzz.ResponseContract.Expectation;

/**
 * Draws cases, sends each through the gateway, checks the answer against the contract and, for a refused write to a real
 * object or collection, that nothing was written. Collects failures (with a curl replay) rather than stopping at the
 * first, up to a bound.
 */
final class FuzzRunner {

    static final String PUBLIC_PREFIX = "/api/marketplace-public-offerings/";
    private static final int MAX_FAILURES = 25;
    private static final int MAX_REDRAWS = 20;

    private final RawClient client;
    private final RefusedWrites writes;
    private final Fixtures fixtures;
    private final Callers callers;
    private final FuzzStats stats;
    private final long seed;
    private final Path failureDir;

    FuzzRunner(RawClient client, RefusedWrites writes, Fixtures fixtures, Callers callers, FuzzStats stats, long seed,
            Path failureDir) {
        this.client = client;
        this.writes = writes;
        this.fixtures = fixtures;
        this.callers = callers;
        this.stats = stats;
        this.seed = seed;
        this.failureDir = failureDir;
    }

    /** Runs count cases of the family; the failures, each a readable report with a replay. */
    List<String> run(String family, Gen<FuzzCase> cases, int count) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count && failures.size() < MAX_FAILURES; i++) {
            SplittableRandom random = new SplittableRandom(
                    seed ^ (family.hashCode() * 0x9E3779B97F4A7C15L) ^ (i * 0xBF58476D1CE4E5B9L));
            drawSendable(cases, random).flatMap(drawn -> check(drawn, failures.size() + 1)).ifPresent(failures::add);
        }
        return failures;
    }

    private record Drawn(FuzzCase fuzzCase, HttpRequest http) {}

    /** Some draws cannot be sent by java.net.http (a header value it refuses, say): draw again. */
    private Optional<Drawn> drawSendable(Gen<FuzzCase> cases, SplittableRandom random) {
        for (int redraw = 0; redraw < MAX_REDRAWS; redraw++) {
            FuzzCase drawn = cases.next(random);
            Optional<HttpRequest> http = client.build(drawn.request());
            if (http.isPresent()) {
                return Optional.of(new Drawn(drawn, http.get()));
            }
            stats.unsendable();
        }
        return Optional.empty();
    }

    private Optional<String> check(Drawn drawn, int number) {
        FuzzCase c = drawn.fuzzCase();
        Optional<Target> target = writes.targetOf(c.op(), c.request().method(), c.realValues());
        Optional<Before> before = target.flatMap(writes::before);
        Answer answer = client.send(drawn.http());
        if (answer.unsent()) {
            stats.unsendable();
            return Optional.empty();
        }
        stats.answered(c.family(), answer.status());
        if ((answer.status() == 414 || answer.status() == 431) && answer.body().length == 0) {
            stats.bareCodecRefusal();
        }
        List<String> problems = new ArrayList<>(ResponseContract.problems(c.request(), answer, expectation(c)));
        if (answer.status() >= 200 && answer.status() < 300 && c.request().isWrite()) {
            writes.noteAccepted();
            fixtures.repairAfterAccepted(c.request().method(), c.op().template(), c.realValues());
        }
        if (before.isPresent() && answer.status() >= 400 && answer.status() < 500) {
            writes.verifyUnchanged(target.get(), before.get(), () -> client.send(drawn.http())).ifPresent(problems::add);
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(report(c, answer, problems, number));
    }

    private static Expectation expectation(FuzzCase c) {
        String path = c.request().path();
        boolean noRights = switch (c.caller().kind()) {
            case ANONYMOUS, BROKEN -> !path.startsWith(PUBLIC_PREFIX);
            // A signed-in user's OPTIONS lists the allowed methods and reveals no data: not a refusal case.
            case USER -> path.startsWith("/api/checklists-admin") && !c.request().method().equals("OPTIONS");
            case STAFF, ODD -> false;
        };
        return new Expectation(noRights && !c.request().isPreflight(), c.canonical() && c.op().isList(),
                path.contains("/export"));
    }

    private String report(FuzzCase c, Answer answer, List<String> problems, int number) {
        String bodyFile = "";
        if (c.request().body().length > 0) {
            Path file = failureDir.resolve(c.family() + "-" + number + ".body").toAbsolutePath();
            try {
                Files.createDirectories(failureDir);
                Files.write(file, c.request().body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bodyFile = file.toString();
        }
        return String.format("#%d %s: %s as %s%n  wrong: %s%n  request: %s%n  answer: %d %s %s%n  replay: %s", number,
                c.family(), c.op().id(), c.caller().note(), String.join("; ", problems),
                c.request().describe(client.baseUrl(), callers.tokenNames()), answer.status(),
                answer.header("Content-Type"), ResponseContract.preview(answer.body()),
                c.request().curl(client.baseUrl(), callers.tokenNames(), bodyFile));
    }
}
