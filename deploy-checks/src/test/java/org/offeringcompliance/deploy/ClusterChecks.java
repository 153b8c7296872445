package org.offeringcompliance.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * A rendered overlay as a whole: every service module deployed the way its application.properties says (port,
 * health endpoints, environment), every reference resolving (ConfigMaps, Secrets, Services, selectors, operator
 * resources), and the platform consistent with itself (topics vs brokers, databases vs cluster).
 */
final class ClusterChecks {

    static final String KAFKA_API = "kafka.strimzi.io/v1";
    static final String CNPG_API = "postgresql.cnpg.io/v1";
    static final String KEYCLOAK_API = "k8s.keycloak.org/v2alpha1";

    private final List<Map<String, Object>> documents;
    private final Map<String, List<HasMetadata>> typedByKind = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ClusterChecks(List<Map<String, Object>> documents) {
        this.documents = documents;
        for (Map<String, Object> document : documents) {
            HasMetadata typed = ManifestValidator.typed(document);
            if (typed != null) {
                typedByKind.computeIfAbsent(typed.getKind(), k -> new ArrayList<>()).add(typed);
            }
        }
    }

    /**
     * @param externalSecrets Secrets the overlay expects to exist already (documented in deploy/README.md)
     */
    static List<String> check(List<Map<String, Object>> documents, List<ServiceModule> modules, LocalStack local,
            Set<String> externalSecrets) {
        ClusterChecks checks = new ClusterChecks(documents);
        checks.services(modules, local);
        checks.references(externalSecrets);
        checks.kafka(local);
        checks.postgres();
        checks.keycloak();
        return checks.problems;
    }

    // ---------------------------------------------------------------- services against their own configuration

    private void services(List<ServiceModule> modules, LocalStack local) {
        Topology topology = topology(modules);
        Set<String> moduleNames = new TreeSet<>();
        for (ServiceModule module : modules) {
            moduleNames.add(module.name());
            Deployment deployment = named(Deployment.class, module.name());
            if (deployment == null) {
                problems.add(module + ": no Deployment named " + module.name());
                continue;
            }
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                    .filter(c -> module.name().equals(c.getName())).findFirst().orElse(null);
            if (container == null) {
                problems.add(module + ": the Deployment has no container named " + module.name());
                continue;
            }
            ContainerPort http = container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                    .orElse(null);
            if (http == null || http.getContainerPort() != module.port()) {
                problems.add(module + ": container port http must be " + module.port()
                        + " (quarkus.http.port), is " + (http == null ? "missing" : http.getContainerPort()));
            }
            healthProbe(module, container.getReadinessProbe(), "readinessProbe", "/q/health/ready");
            healthProbe(module, container.getLivenessProbe(), "livenessProbe", "/q/health/live");
            if (container.getStartupProbe() != null) {
                healthProbe(module, container.getStartupProbe(), "startupProbe", "/q/health/started");
            }
            Service service = named(Service.class, module.name());
            if (service == null || service.getSpec().getPorts().stream().noneMatch(p -> p.getPort() == module.port())) {
                problems.add(module + ": needs a Service named " + module.name() + " on port " + module.port()
                        + ", so other services reach it at the same address as in docker-compose");
            }
            problems.addAll(EnvironmentRules.check(module, environment(module, container), topology, modules, local));
            networkPolicy(module);
        }
        for (HasMetadata d : all(Deployment.class)) {
            if (!moduleNames.contains(d.getMetadata().getName())) {
                problems.add("Deployment/" + d.getMetadata().getName() + " is not a service module of the root pom");
            }
        }
    }

    /** Each service admits connections only from named peers: a NetworkPolicy of its name selects its pods. */
    private void networkPolicy(ServiceModule module) {
        NetworkPolicy policy = named(NetworkPolicy.class, module.name());
        if (policy == null || policy.getSpec().getPolicyTypes() == null
                || !policy.getSpec().getPolicyTypes().contains("Ingress")) {
            problems.add(module + ": needs a NetworkPolicy named " + module.name() + " with policyTypes Ingress");
            return;
        }
        if (!Map.of("app.kubernetes.io/name", module.name()).equals(policy.getSpec().getPodSelector().getMatchLabels())) {
            problems.add(module + ": its NetworkPolicy must select app.kubernetes.io/name=" + module.name());
        }
        for (NetworkPolicyIngressRule rule : nullSafe(policy.getSpec().getIngress())) {
            if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                problems.add(module + ": its NetworkPolicy admits every peer on " + rule.getPorts());
            }
            for (NetworkPolicyPeer peer : nullSafe(rule.getFrom())) {
                boolean everyPod = peer.getPodSelector() != null && peer.getNamespaceSelector() == null
                        && (peer.getPodSelector().getMatchLabels() == null
                                || peer.getPodSelector().getMatchLabels().isEmpty());
                if (peer.getIpBlock() != null || everyPod) {
                    problems.add(module + ": its NetworkPolicy admits " + (everyPod ? "every pod" : "an address range"));
                }
            }
        }
    }

    private void healthProbe(ServiceModule module, Probe probe, String name, String path) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(module + ": " + name + " must be httpGet " + path);
            return;
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(module + ": " + name + " path is " + probe.getHttpGet().getPath() + ", must be " + path);
        }
    }

    private Map<String, String> environment(ServiceModule module, Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : nullSafe(container.getEnvFrom())) {
            if (from.getConfigMapRef() != null) {
                ConfigMap map = named(ConfigMap.class, from.getConfigMapRef().getName());
                if (map == null) {
                    problems.add(module + ": envFrom ConfigMap " + from.getConfigMapRef().getName() + " does not exist");
                } else {
                    env.putAll(map.getData());
                }
            }
            if (from.getSecretRef() != null) {
                Secret secret = named(Secret.class, from.getSecretRef().getName());
                if (secret == null) {
                    problems.add(module + ": envFrom Secret " + from.getSecretRef().getName()
                            + " has keys the checks cannot see; reference single keys instead");
                } else {
                    nullSafe(secret.getData()).keySet().forEach(k -> env.put(k, EnvironmentRules.SECRET));
                    nullSafe(secret.getStringData()).keySet().forEach(k -> env.put(k, EnvironmentRules.SECRET));
                }
            }
        }
        for (EnvVar var : nullSafe(container.getEnv())) {
            if (env.containsKey(var.getName()) && var.getValue() != null) {
                problems.add(module + ": " + var.getName() + " is set twice (env and envFrom)");
            }
            env.put(var.getName(), var.getValueFrom() != null ? EnvironmentRules.SECRET : var.getValue());
        }
        return env;
    }

    /** Services by name, and the addresses the operators create for Kafka, PostgreSQL and Keycloak. */
    private Topology topology(List<ServiceModule> modules) {
        Map<String, Topology.Target> targets = new HashMap<>();
        for (HasMetadata s : all(Service.class)) {
            Service service = (Service) s;
            String component = all(Deployment.class).stream().map(Deployment.class::cast)
                    .filter(d -> selects(service.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .map(d -> d.getMetadata().getName()).findFirst().orElse(null);
            if (component == null) {
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                targets.put(Topology.address(service.getMetadata().getName(), port.getPort()),
                        new Topology.Target(component, "Service/" + service.getMetadata().getName(), Set.of()));
            }
        }
        for (Map<String, Object> kafka : custom(KAFKA_API, "Kafka")) {
            for (Object listener : Yaml.list(Yaml.at(kafka, "spec", "kafka", "listeners"))) {
                Map<String, Object> l = Yaml.map(listener);
                if ("internal".equals(l.get("type")) && Boolean.FALSE.equals(l.get("tls"))) {
                    targets.put(Topology.address(name(kafka) + "-kafka-bootstrap", (Integer) l.get("port")),
                            new Topology.Target(LocalStack.KAFKA, "Kafka/" + name(kafka), Set.of()));
                }
            }
        }
        for (Map<String, Object> cluster : custom(CNPG_API, "Cluster")) {
            targets.put(Topology.address(name(cluster) + "-rw", 5432),
                    new Topology.Target(LocalStack.POSTGRES, "Cluster/" + name(cluster), databases(name(cluster))));
        }
        for (Map<String, Object> keycloak : custom(KEYCLOAK_API, "Keycloak")) {
            Object port = Yaml.at(keycloak, "spec", "http", "httpPort");
            targets.put(Topology.address(name(keycloak) + "-service", port == null ? 8080 : (Integer) port),
                    new Topology.Target(LocalStack.KEYCLOAK, "Keycloak/" + name(keycloak), Set.of()));
        }
        return new Topology(targets);
    }

    // ---------------------------------------------------------------- references between objects

    private void references(Set<String> externalSecrets) {
        Set<String> secretsReferenced = new TreeSet<>();
        for (HasMetadata d : all(Deployment.class)) {
            Deployment deployment = (Deployment) d;
            String id = "Deployment/" + d.getMetadata().getName();
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar var : nullSafe(c.getEnv())) {
                    if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                        secretsReferenced.add(var.getValueFrom().getSecretKeyRef().getName());
                    }
                    if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null
                            && named(ConfigMap.class, var.getValueFrom().getConfigMapKeyRef().getName()) == null) {
                        problems.add(id + ": ConfigMap " + var.getValueFrom().getConfigMapKeyRef().getName()
                                + " does not exist");
                    }
                }
                for (EnvFromSource from : nullSafe(c.getEnvFrom())) {
                    if (from.getSecretRef() != null) {
                        secretsReferenced.add(from.getSecretRef().getName());
                    }
                }
            }
            for (Volume v : nullSafe(deployment.getSpec().getTemplate().getSpec().getVolumes())) {
                if (v.getSecret() != null) {
                    secretsReferenced.add(v.getSecret().getSecretName());
                }
                if (v.getConfigMap() != null && named(ConfigMap.class, v.getConfigMap().getName()) == null) {
                    problems.add(id + ": ConfigMap " + v.getConfigMap().getName() + " does not exist");
                }
            }
        }
        for (HasMetadata s : all(Service.class)) {
            Service service = (Service) s;
            List<Deployment> selected = all(Deployment.class).stream().map(Deployment.class::cast)
                    .filter(d -> selects(service.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .toList();
            if (selected.isEmpty()) {
                problems.add("Service/" + s.getMetadata().getName() + " selects no Deployment");
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                for (Deployment d : selected) {
                    boolean found = d.getSpec().getTemplate().getSpec().getContainers().stream()
                            .flatMap(c -> nullSafe(c.getPorts()).stream())
                            .anyMatch(p -> target.getIntVal() != null
                                    ? target.getIntVal().equals(p.getContainerPort())
                                    : target.getStrVal().equals(p.getName()));
                    if (!found) {
                        problems.add("Service/" + s.getMetadata().getName() + ": targetPort "
                                + (target.getIntVal() != null ? target.getIntVal() : target.getStrVal())
                                + " is no port of Deployment/" + d.getMetadata().getName());
                    }
                }
            }
        }
        for (HasMetadata h : all(HorizontalPodAutoscaler.class)) {
            String target = ((HorizontalPodAutoscaler) h).getSpec().getScaleTargetRef().getName();
            if (named(Deployment.class, target) == null) {
                problems.add("HorizontalPodAutoscaler/" + h.getMetadata().getName() + " scales missing Deployment/" + target);
            }
        }
        for (HasMetadata p : all(PodDisruptionBudget.class)) {
            Map<String, String> selector = ((PodDisruptionBudget) p).getSpec().getSelector().getMatchLabels();
            boolean any = all(Deployment.class).stream().map(Deployment.class::cast)
                    .anyMatch(d -> selects(selector, d.getSpec().getTemplate().getMetadata().getLabels()));
            if (!any) {
                problems.add("PodDisruptionBudget/" + p.getMetadata().getName() + " selects no Deployment");
            }
        }
        for (HasMetadata i : all(Ingress.class)) {
            Ingress ingress = (Ingress) i;
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    IngressServiceBackend backend = path.getBackend().getService();
                    Service service = named(Service.class, backend.getName());
                    boolean port = service != null && service.getSpec().getPorts().stream()
                            .anyMatch(p -> backend.getPort().getNumber() != null
                                    ? backend.getPort().getNumber().equals(p.getPort())
                                    : Objects.equals(backend.getPort().getName(), p.getName()));
                    if (!port && !keycloakOperatorService(backend)) {
                        problems.add("Ingress/" + i.getMetadata().getName() + ": backend " + backend.getName()
                                + " is no Service with that port");
                    }
                }
            }
            for (IngressTLS tls : nullSafe(ingress.getSpec().getTls())) {
                secretsReferenced.add(tls.getSecretName());
            }
        }
        for (Map<String, Object> cluster : custom(CNPG_API, "Cluster")) {
            for (Object role : Yaml.list(Yaml.at(cluster, "spec", "managed", "roles"))) {
                Object secret = Yaml.at(Yaml.map(role), "passwordSecret", "name");
                if (secret != null) {
                    secretsReferenced.add(String.valueOf(secret));
                }
            }
        }
        for (Map<String, Object> keycloak : custom(KEYCLOAK_API, "Keycloak")) {
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                Object secret = Yaml.at(keycloak, "spec", "db", field, "name");
                if (secret != null) {
                    secretsReferenced.add(String.valueOf(secret));
                }
            }
        }
        Set<String> provided = new TreeSet<>();
        all(Secret.class).forEach(s -> provided.add(s.getMetadata().getName()));
        for (Map<String, Object> cluster : custom(CNPG_API, "Cluster")) {
            // CloudNativePG generates <cluster>-app for the initdb owner unless a secret is given.
            if (Yaml.at(cluster, "spec", "bootstrap", "initdb", "secret") == null) {
                provided.add(name(cluster) + "-app");
            }
        }
        for (String secret : secretsReferenced) {
            if (!provided.contains(secret) && !externalSecrets.contains(secret)) {
                problems.add("Secret " + secret + " is referenced but neither defined, generated by an operator, "
                        + "nor listed as created per environment (deploy/README.md)");
            }
        }
        for (String secret : externalSecrets) {
            if (!secretsReferenced.contains(secret)) {
                problems.add("Secret " + secret + " is listed as created per environment, but nothing references it");
            }
            if (provided.contains(secret)) {
                problems.add("Secret " + secret + " is listed as created per environment, but the overlay defines it");
            }
        }
    }

    // ---------------------------------------------------------------- platform

    private void kafka(LocalStack local) {
        List<Map<String, Object>> clusters = custom(KAFKA_API, "Kafka");
        if (clusters.size() != 1) {
            problems.add("expected one Kafka, found " + clusters.size());
            return;
        }
        Map<String, Object> kafka = clusters.get(0);
        String cluster = name(kafka);
        if (!local.kafkaVersion().equals(Yaml.at(kafka, "spec", "kafka", "version"))) {
            problems.add("Kafka/" + cluster + ": version " + Yaml.at(kafka, "spec", "kafka", "version")
                    + " differs from deploy/local's " + local.kafkaVersion());
        }
        int brokers = 0;
        int controllers = 0;
        for (Map<String, Object> pool : custom(KAFKA_API, "KafkaNodePool")) {
            if (!cluster.equals(Yaml.at(pool, "metadata", "labels", "strimzi.io/cluster"))) {
                problems.add("KafkaNodePool/" + name(pool) + " does not belong to Kafka/" + cluster);
                continue;
            }
            int replicas = (Integer) Yaml.at(pool, "spec", "replicas");
            List<Object> roles = Yaml.list(Yaml.at(pool, "spec", "roles"));
            brokers += roles.contains("broker") ? replicas : 0;
            controllers += roles.contains("controller") ? replicas : 0;
        }
        if (brokers == 0 || controllers % 2 == 0) {
            problems.add("Kafka/" + cluster + ": needs brokers and an odd number of controllers, has " + brokers
                    + " brokers and " + controllers + " controllers");
        }
        Map<String, Object> config = Yaml.map(Yaml.at(kafka, "spec", "kafka", "config"));
        for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            if (!(config.get(factor) instanceof Integer f) || f > brokers) {
                problems.add("Kafka/" + cluster + ": " + factor + " must be set and at most " + brokers + " (brokers)");
            }
        }
        for (Map<String, Object> topic : custom(KAFKA_API, "KafkaTopic")) {
            String id = "KafkaTopic/" + name(topic);
            if (!cluster.equals(Yaml.at(topic, "metadata", "labels", "strimzi.io/cluster"))) {
                problems.add(id + " does not belong to Kafka/" + cluster);
            }
            Object partitions = Yaml.at(topic, "spec", "partitions");
            Object replicas = Yaml.at(topic, "spec", "replicas");
            Object minIsr = Yaml.at(topic, "spec", "config", "min.insync.replicas");
            if (!(partitions instanceof Integer p) || p < 1) {
                problems.add(id + ": spec.partitions is required");
            }
            if (!(replicas instanceof Integer r) || r < 1 || r > brokers) {
                problems.add(id + ": spec.replicas must be between 1 and " + brokers + " (brokers)");
            } else if (!(minIsr instanceof Integer m) || m > r || (r > 1 && m >= r)) {
                problems.add(id + ": min.insync.replicas must be below replicas (" + r
                        + "), or 1 with one replica, so one broker may be down");
            }
        }
    }

    private void postgres() {
        Set<String> clusters = new TreeSet<>();
        custom(CNPG_API, "Cluster").forEach(c -> clusters.add(name(c)));
        Map<String, Set<String>> roles = new HashMap<>();
        for (Map<String, Object> cluster : custom(CNPG_API, "Cluster")) {
            Set<String> r = roles.computeIfAbsent(name(cluster), k -> new TreeSet<>());
            Object owner = Yaml.at(cluster, "spec", "bootstrap", "initdb", "owner");
            if (owner != null) {
                r.add(String.valueOf(owner));
            }
            Yaml.list(Yaml.at(cluster, "spec", "managed", "roles"))
                    .forEach(role -> r.add(String.valueOf(Yaml.map(role).get("name"))));
        }
        for (Map<String, Object> database : custom(CNPG_API, "Database")) {
            String cluster = String.valueOf(Yaml.at(database, "spec", "cluster", "name"));
            if (!clusters.contains(cluster)) {
                problems.add("Database/" + name(database) + ": no Cluster " + cluster);
            } else if (!roles.get(cluster).contains(String.valueOf(Yaml.at(database, "spec", "owner")))) {
                problems.add("Database/" + name(database) + ": owner " + Yaml.at(database, "spec", "owner")
                        + " is no role of Cluster/" + cluster + " " + roles.get(cluster));
            }
        }
    }

    /** The Keycloak operator creates the Service {name}-service on spec.http.httpPort (8080 unless set). */
    private boolean keycloakOperatorService(IngressServiceBackend backend) {
        return custom(KEYCLOAK_API, "Keycloak").stream().anyMatch(k -> {
            Object httpPort = Yaml.at(k, "spec", "http", "httpPort");
            int port = httpPort == null ? 8080 : Integer.parseInt(httpPort.toString());
            return backend.getName().equals(name(k) + "-service")
                    && Integer.valueOf(port).equals(backend.getPort().getNumber());
        });
    }

    private void keycloak() {
        Set<String> keycloaks = new TreeSet<>();
        custom(KEYCLOAK_API, "Keycloak").forEach(k -> keycloaks.add(name(k)));
        for (Map<String, Object> realmImport : custom(KEYCLOAK_API, "KeycloakRealmImport")) {
            if (!keycloaks.contains(String.valueOf(Yaml.at(realmImport, "spec", "keycloakCRName")))) {
                problems.add("KeycloakRealmImport/" + name(realmImport) + ": no Keycloak "
                        + Yaml.at(realmImport, "spec", "keycloakCRName"));
            }
        }
        for (Map<String, Object> keycloak : custom(KEYCLOAK_API, "Keycloak")) {
            String id = "Keycloak/" + name(keycloak);
            String host = String.valueOf(Yaml.at(keycloak, "spec", "db", "host"));
            String cluster = host.endsWith("-rw") ? host.substring(0, host.length() - 3) : host;
            Set<String> databases = databases(cluster);
            if (custom(CNPG_API, "Cluster").stream().noneMatch(c -> name(c).equals(cluster))) {
                problems.add(id + ": db.host " + host + " is no CloudNativePG primary (<cluster>-rw)");
            } else if (!databases.contains(String.valueOf(Yaml.at(keycloak, "spec", "db", "database")))) {
                problems.add(id + ": database " + Yaml.at(keycloak, "spec", "db", "database") + " is not created in "
                        + cluster + " " + databases);
            }
            if (!Boolean.TRUE.equals(Yaml.at(keycloak, "spec", "hostname", "backchannelDynamic"))) {
                problems.add(id + ": hostname.backchannelDynamic must be true, so the services fetch keys inside the"
                        + " cluster while tokens carry the public issuer");
            }
        }
    }

    private Set<String> databases(String cluster) {
        Set<String> databases = new LinkedHashSet<>();
        for (Map<String, Object> c : custom(CNPG_API, "Cluster")) {
            if (name(c).equals(cluster)) {
                databases.add(String.valueOf(Yaml.at(c, "spec", "bootstrap", "initdb", "database")));
            }
        }
        for (Map<String, Object> d : custom(CNPG_API, "Database")) {
            if (cluster.equals(Yaml.at(d, "spec", "cluster", "name"))) {
                databases.add(String.valueOf(Yaml.at(d, "spec", "name")));
            }
        }
        return databases;
    }

    // ---------------------------------------------------------------- lookups

    List<Map<String, Object>> custom(String apiVersion, String kind) {
        return documents.stream().filter(d -> apiVersion.equals(d.get("apiVersion")) && kind.equals(d.get("kind")))
                .toList();
    }

    static List<Map<String, Object>> custom(List<Map<String, Object>> documents, String apiVersion, String kind) {
        return new ClusterChecks(documents).custom(apiVersion, kind);
    }

    private List<HasMetadata> all(Class<? extends HasMetadata> type) {
        return typedByKind.getOrDefault(type.getSimpleName(), List.of()).stream().filter(type::isInstance).toList();
    }

    private <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).map(type::cast).findFirst()
                .orElse(null);
    }

    static String name(Map<String, Object> document) {
        return String.valueOf(Yaml.at(document, "metadata", "name"));
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nullSafe(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
