package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.offeringcompliance.bench.Figures.Row;

/**
 * The whole benchmark: seeds what is missing (measuring the overview once while the system holds 10 000 offering
 * users), then runs every scenario against the seeded million and prints the figures as a table and as JSON.
 */
final class BenchmarkRun {

    private final Stack stack;
    private final Dataset data;
    private final Path home;
    private final Path stateFile;
    private final int seconds;
    private final StackProcesses processes = new StackProcesses(
            Path.of(System.getProperty("bench.run-dir", "deploy/local/.run")));

    BenchmarkRun(Stack stack, Dataset data, Path home, Path stateFile, int seconds) {
        this.stack = stack;
        this.data = data;
        this.home = home;
        this.stateFile = stateFile;
        this.seconds = seconds;
    }

    /** Seeds up to a million offering users, taking the overview's figure on the way while there are 10 000. */
    void seed() throws Exception {
        Seeder seeder = new Seeder(stack, stateFile);
        if (data.overviewAt10k == null && data.totalOfferingUsers() <= 10_000) {
            seeder.seedTo(data, 10_000, false);
            System.out.println("== overview with 10 000 offering users in the system");
            data.overviewAt10k = scenarios().overview("provider with 100 offerings, 10 000 users in all");
            data.save(stateFile);
        }
        seeder.seedTo(data, 1_000_000, true);
    }

    Path workDir() throws IOException {
        return Files.createDirectories(home.resolve("target/bench-work"));
    }

    StackProcesses processes() {
        return processes;
    }

    LoadScenarios scenarios() throws IOException {
        return new LoadScenarios(stack, data, workDir(),
                Path.of(System.getProperty("bench.run-dir", "deploy/local/.run"), "postgres.log"), processes, seconds);
    }

    void run() throws Exception {
        seed();
        measure();
    }

    /** Every scenario on the dataset as it is seeded now (`run.sh measure`: after a seeding stopped part way). */
    void measure() throws Exception {
        new Seeder(stack, stateFile).ensureOwnerRows(data);
        LoadScenarios load = scenarios();

        Figures figures = new Figures();
        figures.date = LocalDate.now().toString();
        figures.dataset = String.format(java.util.Locale.ROOT, "%d offering users, %d of the %d synthetic ones past "
                + "the answering step (60 %% of those answered)", data.totalOfferingUsers(), data.answeredUpTo,
                data.regularPublished);
        figures.cores = Runtime.getRuntime().availableProcessors();
        load.warmUp();
        System.out.println("== scenarios, " + seconds + " s each after a " + LoadScenarios.WARM_UP_SECONDS + " s warm-up");
        figures.rows.addAll(load.completionsList());
        Row overview = figures.add(load.overview("provider with 100 offerings, 1 000 000 users in all"));
        if (data.overviewAt10k != null) {
            figures.add(data.overviewAt10k);
        }
        figures.add(load.overviewGrowth(data.overviewAt10k, overview));
        figures.add(load.submitAnswers());
        figures.rows.addAll(new Propagation(stack, data, processes).run(seconds));
        figures.add(new CreationSaturation(stack, data, processes).run(seconds));
        figures.add(new Backfill(stack, data, stateFile, processes).run());
        figures.rows.addAll(new ExportTimes(stack, data, processes).run());
        figures.rows.addAll(load.gatewayOverhead());
        figures.memoryMb = processes.residentMb();
        System.out.println("dataset: " + figures.dataset);

        String json = Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures);
        Files.writeString(Files.createDirectories(home.resolve("results")).resolve("last-run.json"), json);
        System.out.println();
        System.out.println(figures.table());
        System.out.println(json);
    }
}
