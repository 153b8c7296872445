package org.offeringcompliance.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code seed [offering users]}: grows the dataset (default: to a million, measuring the overview at 10 000 on the
 * way). {@code run [seconds]}: seeds
 * what is missing, then runs every scenario and prints the figures. {@code scenario A,B}: some scenarios after one warm-up.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("bench.home", "benchmarks"));
        Path stateFile = home.resolve(".state/dataset.json");
        Stack stack = new Stack(Endpoints.fromEnvironment());
        Dataset data = Dataset.load(stateFile);
        String command = args.length == 0 ? "run" : args[0];
        switch (command) {
            case "seed" -> {
                if (args.length > 1) {
                    long total = Long.parseLong(args[1]);
                    new Seeder(stack, stateFile).seedTo(data, total, total >= 1_000_000);
                } else {
                    new BenchmarkRun(stack, data, home, stateFile, 10).seed();
                }
            }
            case "run" -> new BenchmarkRun(stack, data, home, stateFile,
                    args.length > 1 ? Integer.parseInt(args[1]) : 10).run();
            case "measure" -> new BenchmarkRun(stack, data, home, stateFile,
                    args.length > 1 ? Integer.parseInt(args[1]) : 10).measure();
            case "scenario" -> {
                // Scenarios on whatever is seeded: for measuring or profiling a fix.
                BenchmarkRun run = new BenchmarkRun(stack, data, home, stateFile, 10);
                new Seeder(stack, stateFile).ensureOwnerRows(data);
                LoadScenarios load = run.scenarios();
                if (args[1].equals("profile")) {
                    load.profile(new Profiler(run.workDir()), home.resolve("profiles"));
                    break;
                }
                if (args[1].equals("profile-creation")) {
                    load.warmUp();
                    new CreationSaturation(stack, data, run.processes()).profile(new Profiler(run.workDir()),
                            home.resolve("profiles"), 30);
                    break;
                }
                load.warmUp();
                List<Figures.Row> rows = new java.util.ArrayList<>();
                for (String scenario : args[1].split(",")) {
                    rows.addAll(switch (scenario) {
                        case "list" -> load.completionsList();
                        case "overview" -> List.of(load.overview("provider with 100 offerings"));
                        case "submit" -> List.of(load.submitAnswers());
                        case "gateway" -> load.gatewayOverhead();
                        case "saturation" -> List.of(new CreationSaturation(stack, data, run.processes()).run(10));
                        case "propagation" -> new Propagation(stack, data, run.processes()).run(10);
                        case "backfill" -> List.of(new Backfill(stack, data, stateFile, run.processes()).run());
                        case "deadlines" -> new DeadlineScenarios(stack, data, run.processes()).run();
                        case "export" -> new ExportTimes(stack, data, run.processes()).run();
                        default -> throw new IllegalArgumentException(scenario);
                    });
                }
                System.out.println(Figures.table(rows));
                java.nio.file.Files.writeString(home.resolve("results/last-scenarios.json"),
                        Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            }
            case "chaos" -> {
                // chaos/run.sh: [faults, comma-separated (default: every part)] [outage seconds before the restart]
                List<String> faults = args.length > 1 ? List.of(args[1].split(",")) : ChaosRun.ALL_FAULTS;
                int outage = args.length > 2 ? Integer.parseInt(args[2]) : 2;
                System.exit(new ChaosRun(stack, Path.of(".")).run(faults, outage));
            }
            default -> {
                System.err.println(
                        "usage: seed [offering users] | run [seconds per scenario] | measure [seconds] | scenario NAME[,NAME] | chaos "
                                + "[faults] [outage seconds]");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
