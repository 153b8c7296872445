package org.offeringcompliance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

class KubernetesManifestsTest {

    @Test
    void everyManifestFileIsValidWithoutKubectl() {
        List<String> problems = new ArrayList<>();
        Set<Path> files = new java.util.LinkedHashSet<>();
        for (String overlay : Kustomize.OVERLAYS) {
            Path dir = Kustomize.K8S.resolve("overlays/" + overlay);
            for (Path kustomization : Kustomize.kustomizations(dir)) {
                problems.addAll(Kustomize.unknownFields(kustomization,
                        Yaml.document(Repository.read(kustomization.resolve("kustomization.yaml")))));
            }
            files.addAll(Kustomize.resourceFiles(dir));
        }
        for (Path file : files) {
            problems.addAll(Overlays.fileProblems(Kustomize.K8S.relativize(file).toString(), Repository.read(file)));
        }
        assertTrue(files.size() >= 10, "resource files found: " + files);
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void renderedOverlayIsValidAndMatchesTheServices(String overlay) {
        assumeTrue(Kustomize.kubectlAvailable(), "kubectl is not on the PATH: rendering skipped");
        List<Map<String, Object>> documents = Overlays.rendered(overlay);
        assertEquals(List.of(), Overlays.problems(overlay, documents));
        Set<String> kinds = new TreeSet<>();
        documents.forEach(d -> kinds.add(String.valueOf(d.get("kind"))));
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "ConfigMap", "PodDisruptionBudget", "Ingress",
                "Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Database", "Keycloak", "KeycloakRealmImport")),
                overlay + " renders " + kinds);
    }

    @Test
    void prodRunsThePlatformAtProductionSize() {
        assumeTrue(Kustomize.kubectlAvailable(), "kubectl is not on the PATH: rendering skipped");
        List<Map<String, Object>> prod = Overlays.rendered("prod");
        assertEquals(3, nodes(prod, "broker"), "Kafka brokers");
        assertEquals(3, nodes(prod, "controller"), "KRaft controllers");
        for (Map<String, Object> topic : ClusterChecks.custom(prod, ClusterChecks.KAFKA_API, "KafkaTopic")) {
            assertEquals(3, Yaml.at(topic, "spec", "replicas"), ClusterChecks.name(topic));
            assertEquals(2, Yaml.at(topic, "spec", "config", "min.insync.replicas"), ClusterChecks.name(topic));
        }
        Map<String, Object> cluster = only(prod, ClusterChecks.CNPG_API, "Cluster");
        assertTrue((Integer) Yaml.at(cluster, "spec", "instances") >= 3, "PostgreSQL instances");
        assertEquals(true, Yaml.at(cluster, "spec", "affinity", "enablePodAntiAffinity"));
        Map<String, Object> keycloak = only(prod, ClusterChecks.KEYCLOAK_API, "Keycloak");
        assertTrue((Integer) Yaml.at(keycloak, "spec", "instances") >= 2, "Keycloak instances");
        assertTrue(String.valueOf(Yaml.at(keycloak, "spec", "hostname", "hostname")).startsWith("https://"));

        for (ServiceModule module : ServiceModule.all()) {
            Map<String, Object> hpa = named(prod, "HorizontalPodAutoscaler", module.name());
            assertTrue((Integer) Yaml.at(hpa, "spec", "minReplicas") >= 2, module + " HPA minReplicas");
            named(prod, "PodDisruptionBudget", module.name());
            Map<String, Object> deployment = named(prod, "Deployment", module.name());
            assertFalse(Yaml.map(deployment.get("spec")).containsKey("replicas"),
                    module + ": the HPA owns the replica count");
            String image = String.valueOf(
                    Yaml.map(Yaml.list(Yaml.at(deployment, "spec", "template", "spec", "containers")).get(0)).get("image"));
            assertTrue(image.matches("[a-z0-9.-]+\\.[a-z]+/.+:[^:]+") && !image.endsWith(":local"),
                    module + ": prod pulls a tagged image from a registry, not " + image);
        }
        Map<String, Object> ingress = named(prod, "Ingress", "gateway");
        assertFalse(Yaml.list(Yaml.at(ingress, "spec", "tls")).isEmpty(), "the API is served over TLS");

        JsonNode realm = JsonSchemas.MAPPER
                .valueToTree(Yaml.at(only(prod, ClusterChecks.KEYCLOAK_API, "KeycloakRealmImport"), "spec", "realm"));
        realm.path("users").forEach(u -> assertNotEquals("demo-staff", u.path("username").asText()));
        realm.path("clients").forEach(c -> assertFalse(c.has("secret"), "client secret of " + c.path("clientId")));
        assertEquals("external", realm.path("sslRequired").asText());
    }

    @Test
    void devFitsOneNode() {
        assumeTrue(Kustomize.kubectlAvailable(), "kubectl is not on the PATH: rendering skipped");
        List<Map<String, Object>> dev = Overlays.rendered("dev");
        assertEquals(1, nodes(dev, "broker"));
        assertEquals(1, nodes(dev, "controller"));
        for (Map<String, Object> topic : ClusterChecks.custom(dev, ClusterChecks.KAFKA_API, "KafkaTopic")) {
            assertEquals(1, Yaml.at(topic, "spec", "replicas"), ClusterChecks.name(topic));
        }
        assertEquals(1, Yaml.at(only(dev, ClusterChecks.CNPG_API, "Cluster"), "spec", "instances"));
        assertEquals(1, Yaml.at(only(dev, ClusterChecks.KEYCLOAK_API, "Keycloak"), "spec", "instances"));
        assertTrue(dev.stream().noneMatch(d -> "HorizontalPodAutoscaler".equals(d.get("kind"))), "no autoscaling");
        // The issuer deploy/local and docker-compose use, so the README's token works unchanged.
        assertEquals("http://localhost:" + LocalStack.read().keycloakPort(),
                Yaml.at(only(dev, ClusterChecks.KEYCLOAK_API, "Keycloak"), "spec", "hostname", "hostname"));
        assertEquals(RealmImportTest.realmFile(), JsonSchemas.MAPPER.valueToTree(
                Yaml.at(only(dev, ClusterChecks.KEYCLOAK_API, "KeycloakRealmImport"), "spec", "realm")));
        for (ServiceModule module : ServiceModule.all()) {
            Map<String, Object> deployment = named(dev, "Deployment", module.name());
            assertEquals("offering-compliance/" + module.name() + ":local", Yaml.map(
                    Yaml.list(Yaml.at(deployment, "spec", "template", "spec", "containers")).get(0)).get("image"),
                    "dev runs the images docker-compose builds");
        }
    }

    @Test
    void readmeSaysHowToCreateEverySecretAnOverlayExpects() {
        String readme = Repository.read("deploy/README.md");
        Overlays.CREATED_PER_ENVIRONMENT.values().stream().flatMap(Set::stream)
                .forEach(secret -> assertTrue(readme.contains(secret), "deploy/README.md does not mention " + secret));
    }

    private static int nodes(List<Map<String, Object>> documents, String role) {
        return ClusterChecks.custom(documents, ClusterChecks.KAFKA_API, "KafkaNodePool").stream()
                .filter(p -> Yaml.list(Yaml.at(p, "spec", "roles")).contains(role))
                .mapToInt(p -> (Integer) Yaml.at(p, "spec", "replicas")).sum();
    }

    private static Map<String, Object> only(List<Map<String, Object>> documents, String apiVersion, String kind) {
        List<Map<String, Object>> found = ClusterChecks.custom(documents, apiVersion, kind);
        assertEquals(1, found.size(), kind);
        return found.get(0);
    }

    private static Map<String, Object> named(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream().filter(d -> kind.equals(d.get("kind")) && name.equals(Yaml.at(d, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }
}
