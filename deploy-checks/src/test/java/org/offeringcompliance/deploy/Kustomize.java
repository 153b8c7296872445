package org.offeringcompliance.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Kustomizations: rendered with `kubectl kustomize` where kubectl exists, and read file by file everywhere. */
final class Kustomize {

    static final Path K8S = Repository.path("deploy/k8s");
    static final List<String> OVERLAYS = List.of("dev", "prod");

    /** Fields of kustomize's Kustomization type (api/types/kustomization.go), so a misspelt one fails offline too. */
    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "metadata", "openapi",
            "namePrefix", "nameSuffix", "namespace", "commonLabels", "labels", "commonAnnotations", "patchesStrategicMerge",
            "patchesJson6902", "patches", "images", "imageTags", "replacements", "replicas", "vars", "sortOptions",
            "resources", "components", "crds", "bases", "configMapGenerator", "secretGenerator", "helmGlobals",
            "helmCharts", "helmChartInflationGenerator", "generatorOptions", "configurations", "generators",
            "transformers", "validators", "buildMetadata");

    private Kustomize() {}

    static boolean kubectlAvailable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "kubectl"))) {
                return true;
            }
        }
        return false;
    }

    static List<Map<String, Object>> render(Path kustomization) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString()).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + kustomization + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + kustomization + " failed: " + err.join().trim());
            }
            return Yaml.documents(out.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The resource files an overlay pulls in, following directories to their kustomization.yaml (patches excluded). */
    static List<Path> resourceFiles(Path kustomizationDir) {
        Set<Path> files = new LinkedHashSet<>();
        collect(kustomizationDir.normalize(), files, new LinkedHashSet<>());
        return new ArrayList<>(files);
    }

    static List<Path> kustomizations(Path kustomizationDir) {
        Set<Path> dirs = new LinkedHashSet<>();
        collect(kustomizationDir.normalize(), new LinkedHashSet<>(), dirs);
        return new ArrayList<>(dirs);
    }

    /** Unknown top-level fields of a kustomization.yaml (kustomize rejects them; this works without kubectl). */
    static List<String> unknownFields(Path dir, Map<String, Object> kustomization) {
        Set<String> unknown = new TreeSet<>(kustomization.keySet());
        unknown.removeAll(KUSTOMIZATION_FIELDS);
        return unknown.isEmpty()
                ? List.of()
                : List.of(K8S.relativize(dir.resolve("kustomization.yaml")) + ": unknown field(s) " + unknown);
    }

    private static void collect(Path dir, Set<Path> files, Set<Path> dirs) {
        if (!dirs.add(dir)) {
            return;
        }
        Map<String, Object> kustomization = Yaml.document(Repository.read(dir.resolve("kustomization.yaml")));
        for (Object entry : Yaml.list(kustomization.get("resources"))) {
            Path resource = dir.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(resource)) {
                collect(resource, files, dirs);
            } else {
                files.add(resource);
            }
        }
    }

    private static String drain(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
