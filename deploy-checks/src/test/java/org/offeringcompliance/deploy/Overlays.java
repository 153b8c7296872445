package org.offeringcompliance.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Rendering and validating the overlays, shared by the tests (each overlay is rendered once per test run). */
final class Overlays {

    /**
     * Secrets an overlay expects to exist before it is applied; deploy/README.md says how to create each. The
     * operators' own (compliance-db-app from CloudNativePG) are recognised by ClusterChecks; dev generates its own.
     */
    static final Map<String, Set<String>> CREATED_PER_ENVIRONMENT = Map.of(
            "prod", Set.of("keycloak-db", "marketplace-service-client", "checklist-service-client",
                    "compliance-reporting-service-client", "notification-service-client", "smtp-relay", "gateway-tls",
                    "keycloak-tls"),
            "dev", Set.of());

    private static final Map<Path, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {}

    static List<Map<String, Object>> rendered(String overlay) {
        return RENDERED.computeIfAbsent(Kustomize.K8S.resolve("overlays/" + overlay), Kustomize::render);
    }

    /** Every problem of a rendered overlay: each object on its own, then the whole. */
    static List<String> problems(String overlay, List<Map<String, Object>> documents) {
        List<String> problems = new ArrayList<>();
        documents.forEach(d -> problems.addAll(ManifestValidator.validate(d)));
        if (problems.isEmpty()) {
            problems.addAll(ClusterChecks.check(documents, ServiceModule.all(), LocalStack.read(),
                    CREATED_PER_ENVIRONMENT.get(overlay)));
        }
        return problems.stream().map(p -> overlay + ": " + p).toList();
    }

    /** Problems of the YAML text of one manifest file, as the tests without kubectl see it. */
    static List<String> fileProblems(String name, String text) {
        try {
            List<String> problems = new ArrayList<>();
            Yaml.documents(text).forEach(d -> problems.addAll(ManifestValidator.validate(d)));
            return problems.stream().map(p -> name + ": " + p).toList();
        } catch (RuntimeException e) {
            return List.of(name + ": " + ManifestValidator.firstLine(e));
        }
    }
}
