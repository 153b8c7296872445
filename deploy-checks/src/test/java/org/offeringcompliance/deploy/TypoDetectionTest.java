package org.offeringcompliance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks catch mistakes: each case breaks an in-memory copy of a committed file the way a typo would, and the
 * same check that passes on the committed file must fail on the copy with the expected message.
 */
class TypoDetectionTest {

    static Stream<Arguments> manifestTypos() {
        return Stream.of(
                typo("deploy/k8s/base/gateway.yaml", "imagePullPolicy: IfNotPresent", "imagePulPolicy: IfNotPresent",
                        "unknown field(s) [imagePulPolicy]"),
                typo("deploy/k8s/base/checklist-service.yaml", "maxReplicas: 6", "maxReplicas: six",
                        "HorizontalPodAutoscaler/checklist-service.spec.maxReplicas: expected a JSON Integer"),
                typo("deploy/k8s/base/gateway.yaml", "containerPort: 8080", "containerPort: \"8080\"",
                        "Deployment/gateway.spec.template.spec.containers[0].ports[0].containerPort: expected a JSON Integer"),
                typo("deploy/k8s/base/gateway.yaml", "kind: Deployment", "kind: Deploymnt",
                        "no Kubernetes model or CRD schema for apiVersion apps/v1, kind Deploymnt"),
                typo("deploy/k8s/base/offering-user-service.yaml",
                        "          image: offering-compliance/offering-user-service\n",
                        "", "container offering-user-service: image is required"),
                typo("deploy/k8s/base/compliance-reporting-service.yaml", "path: /q/health/live",
                        "path: /q/health/live\n              prt: http",
                        "unknown field(s) [prt]"),
                typo("deploy/k8s/base/network-policies.yaml", "  policyTypes:\n    - Ingress\n  ingress:\n    - from:\n"
                        + "        - namespaceSelector",
                        "  policyType:\n    - Ingress\n  ingress:\n    - from:\n"
                                + "        - namespaceSelector",
                        "unknown field(s) [policyType]"),
                typo("deploy/k8s/platform/topics.yaml", "partitions: 12", "partitons: 12", "partitons"),
                typo("deploy/k8s/platform/postgres.yaml", "instances: 3", "instances: three", "Cluster/compliance-db: "),
                typo("deploy/k8s/platform/postgres.yaml", "enablePodAntiAffinity", "enablePodAntiAfinity",
                        "enablePodAntiAfinity"),
                typo("deploy/k8s/platform/kafka.yaml", "tls: false", "tls: \"false\"", "Kafka/compliance: "),
                typo("deploy/k8s/platform/kafka.yaml", "kraftMetadata: shared", "kraftMetadta: shared", "kraftMetadta"),
                typo("deploy/k8s/platform/keycloak.yaml", "backchannelDynamic: true", "backchannelDynamc: true",
                        "backchannelDynamc"),
                typo("deploy/k8s/platform/realm-import.yaml", "keycloakCRName: keycloak", "keycloakCrName: keycloak",
                        "KeycloakRealmImport/compliance-realm: "));
    }

    @ParameterizedTest
    @MethodSource("manifestTypos")
    void aTypoInAManifestFailsTheValidator(String file, String original, String broken, String expected) {
        String text = Repository.read(file);
        assertEquals(List.of(), Overlays.fileProblems(file, text), "the committed file is valid");
        List<String> problems = Overlays.fileProblems(file, breakText(text, original, broken));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    static Stream<Arguments> composeTypos() {
        return Stream.of(
                typo("docker-compose.yml", "    healthcheck:\n      # Over TCP", "    healthchek:\n      # Over TCP",
                        "healthchek"),
                typo("docker-compose.yml", "condition: service_healthy", "condition: service_heathy", "condition"),
                typo("docker-compose.yml", "restart: unless-stopped\n    environment:\n      POSTGRES_PASSWORD",
                        "restart: unles-stopped\n    environment:\n      POSTGRES_PASSWORD", "restart"),
                typo("docker-compose.yml", "postgres:5432/checklist", "postgres:5432/checklst",
                        "checklist-service: DB_URL names database checklst"),
                typo("docker-compose.yml", "MARKETPLACE_URL: http://offering-user-service:8081",
                        "MARKETPLACE_URL: http://checklist-service:8082",
                        "checklist-service: MARKETPLACE_URL=http://checklist-service:8082 points at checklist-service, but"
                                + " its default means offering-user-service"),
                typo("docker-compose.yml",
                        "      KAFKA_BOOTSTRAP: kafka:9092\n      KEYCLOAK_URL: http://keycloak:8180\n      MARKETPLACE_URL: http://offering-user-service:8081\n      # The realm's checklist-service client",
                        "      KAFKA_BOOSTRAP: kafka:9092\n      KEYCLOAK_URL: http://keycloak:8180\n      MARKETPLACE_URL: http://offering-user-service:8081\n      # The realm's checklist-service client",
                        "checklist-service: sets [KAFKA_BOOSTRAP], which its application.properties does not read"),
                typo("docker-compose.yml", "\"127.0.0.1:8080:8080\"", "\"127.0.0.1:8080:8081\"",
                        "gateway: must publish 8080:8080"),
                typo("docker-compose.yml", "http://localhost:8083/q/health/ready", "http://localhost:8038/q/health/ready",
                        "compliance-reporting-service: healthcheck must probe http://localhost:8083/q/health/ready"),
                typo("docker-compose.yml", "      - --import-realm\n", "", "keycloak: command needs --import-realm"),
                typo("docker-compose.yml", "\"127.0.0.1:3143:3143\"", "\"3143:3143\"", "mail: must publish exactly"),
                typo("docker-compose.yml", "-Dgreenmail.auth.disabled", "-Dgreenmail.auth.disable",
                        "mail: GREENMAIL_OPTS needs -Dgreenmail.auth.disabled"),
                typo("docker-compose.yml", "image: greenmail/standalone:", "image: greenmail/standalone:1.",
                        "mail: image must be greenmail/standalone:"),
                typo("docker-compose.yml", "KEYCLOAK_URL: http://keycloak:8180\n      MARKETPLACE_URL",
                        "MARKETPLACE_URL", "checklist-service: does not set KEYCLOAK_URL"));
    }

    @ParameterizedTest
    @MethodSource("composeTypos")
    void aTypoInTheComposeFileFailsItsCheck(String file, String original, String broken, String expected) {
        String text = Repository.read(file);
        List<ServiceModule> modules = ServiceModule.all();
        assertEquals(List.of(), ComposeChecks.check(text, modules, LocalStack.read()), "the committed file is valid");
        List<String> problems = ComposeChecks.check(breakText(text, original, broken), modules, LocalStack.read());
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    static Stream<Arguments> dockerfileTypos() {
        return Stream.of(
                typo("checklist-service", "HEALTHCHECK --interval", "HEALTHCHEK --interval", "unknown instruction HEALTHCHEK"),
                typo("checklist-service", "http://localhost:8082/q/health/ready", "http://localhost:8081/q/health/ready",
                        "HEALTHCHECK must probe http://localhost:8082/q/health/ready"),
                typo("gateway", "USER 185", "USER root", "numeric non-root USER"),
                typo("gateway", "EXPOSE 8080", "EXPOSE 8008", "must EXPOSE 8080"),
                typo("offering-user-service", "ENV HTTP_HOST=0.0.0.0", "ENV HTTP_HOST=127.0.0.1", "HTTP_HOST=0.0.0.0"));
    }

    @ParameterizedTest
    @MethodSource("dockerfileTypos")
    void aTypoInADockerfileFailsItsCheck(String moduleName, String original, String broken, String expected) {
        ServiceModule module = ServiceModule.named(moduleName);
        String text = Repository.read(module.dir().resolve(ComposeChecks.DOCKERFILE));
        assertEquals(List.of(), DockerfileChecks.check(module, text), "the committed file is valid");
        List<String> problems = DockerfileChecks.check(module, breakText(text, original, broken));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    @Test
    void aMisspeltKustomizationFieldFailsWithoutKubectl() {
        Path dir = Kustomize.K8S.resolve("overlays/prod");
        Map<String, Object> kustomization = Yaml.document(
                breakText(Repository.read(dir.resolve("kustomization.yaml")), "\nresources:", "\nresorces:"));
        assertEquals(List.of("overlays/prod/kustomization.yaml: unknown field(s) [resorces]"),
                Kustomize.unknownFields(dir, kustomization));
    }

    @Test
    void aTypoInAnOverlayPatchFailsTheRenderedCheck(@TempDir Path copy) throws IOException {
        assumeTrue(Kustomize.kubectlAvailable(), "kubectl is not on the PATH: rendering skipped");
        Path k8s = copyTree(Kustomize.K8S, copy.resolve("k8s"));
        Path patch = k8s.resolve("overlays/dev/keycloak.yaml");
        Files.writeString(patch, breakText(Files.readString(patch), "  ingress:\n", "  ingres:\n"));
        List<String> problems = Overlays.problems("dev", Kustomize.render(k8s.resolve("overlays/dev")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Keycloak/keycloak") && p.contains("ingres")),
                problems.toString());

        Path kustomization = k8s.resolve("overlays/prod/kustomization.yaml");
        Files.writeString(kustomization,
                breakText(Files.readString(kustomization), "  - ../../platform\n", "  - ../../platfrom\n"));
        AssertionError failure = assertThrows(AssertionError.class, () -> Kustomize.render(k8s.resolve("overlays/prod")));
        assertTrue(failure.getMessage().contains("platfrom"), failure.getMessage());
    }

    private static Arguments typo(String file, String original, String broken, String expected) {
        return Arguments.of(file, original, broken, expected);
    }

    private static String breakText(String text, String original, String broken) {
        int at = text.indexOf(original);
        assertTrue(at >= 0, "the committed text no longer contains '" + original + "'; update this case");
        return text.substring(0, at) + broken + text.substring(at + original.length());
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
