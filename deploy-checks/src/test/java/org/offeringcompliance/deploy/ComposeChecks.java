package org.offeringcompliance.deploy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;

/**
 * docker-compose.yml against the Compose Specification schema and against the services' own configuration: one
 * compose service per service module, built from its Dockerfile, with the environment its application.properties
 * reads, a health check on its port, depends_on every server it talks to, and only the gateway, Keycloak and the
 * mail server published.
 */
final class ComposeChecks {

    /** The components published on one port each: the API and the token issuer (mail() checks the mail server). */
    static final Set<String> PUBLISHED = Set.of("gateway", LocalStack.KEYCLOAK);
    static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    static final String GREENMAIL_IMAGE = "greenmail/standalone:";
    private static final Set<String> RESTART_POLICIES = Set.of("always", "unless-stopped", "on-failure");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+(\\w+)");
    private static final JsonSchema SCHEMA = loadSchema();

    private final Map<String, Object> compose;
    private final List<ServiceModule> modules;
    private final LocalStack local;
    private final List<String> problems = new ArrayList<>();

    private ComposeChecks(Map<String, Object> compose, List<ServiceModule> modules, LocalStack local) {
        this.compose = compose;
        this.modules = modules;
        this.local = local;
    }

    static List<String> check(String composeText, List<ServiceModule> modules, LocalStack local) {
        Map<String, Object> compose;
        try {
            compose = Yaml.document(composeText);
        } catch (RuntimeException e) {
            return List.of("docker-compose.yml: " + ManifestValidator.firstLine(e));
        }
        List<String> schemaProblems = JsonSchemas.validate(SCHEMA, compose);
        if (!schemaProblems.isEmpty()) {
            return schemaProblems.stream().map(p -> "docker-compose.yml: " + p).toList();
        }
        ComposeChecks checks = new ComposeChecks(compose, modules, local);
        checks.run();
        return checks.problems;
    }

    private void run() {
        Map<String, Object> services = Yaml.map(compose.get("services"));
        Map<String, String> infrastructure = infrastructure(services);
        Set<String> expected = new TreeSet<>(infrastructure.values());
        modules.forEach(m -> expected.add(m.name()));
        if (!expected.equals(new TreeSet<>(services.keySet()))) {
            problems.add("services are " + new TreeSet<>(services.keySet()) + ", expected the modules and servers "
                    + expected);
        }
        for (Map.Entry<String, Object> entry : services.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> service = Yaml.map(entry.getValue());
            if (!RESTART_POLICIES.contains(String.valueOf(service.get("restart")))) {
                problems.add(name + ": restart policy must be one of " + RESTART_POLICIES);
            }
            Map<String, Object> limits = Yaml.map(Yaml.at(service, "deploy", "resources", "limits"));
            if (!limits.containsKey("memory") || !limits.containsKey("cpus")) {
                problems.add(name + ": deploy.resources.limits needs memory and cpus");
            }
            Map<String, Object> health = Yaml.map(service.get("healthcheck"));
            if (health.isEmpty() || Boolean.TRUE.equals(health.get("disable")) || health.get("test") == null) {
                problems.add(name + ": needs a healthcheck");
            }
            published(name, service);
        }
        Topology topology = topology(services, infrastructure);
        composeServices = services;
        for (ServiceModule module : modules) {
            Map<String, Object> service = Yaml.map(services.get(module.name()));
            if (!service.isEmpty()) {
                module(module, service, topology);
            }
        }
        keycloak(Yaml.map(services.get(infrastructure.get(LocalStack.KEYCLOAK))));
        kafka(Yaml.map(services.get(infrastructure.get(LocalStack.KAFKA))));
        postgres(Yaml.map(services.get(infrastructure.get(LocalStack.POSTGRES))));
        mail(Yaml.map(services.get(infrastructure.get(LocalStack.MAIL))));
    }

    /** Which compose service runs which server, recognised by image. */
    private Map<String, String> infrastructure(Map<String, Object> services) {
        Map<String, String> byComponent = new LinkedHashMap<>();
        services.forEach((name, definition) -> {
            String image = String.valueOf(Yaml.map(definition).get("image"));
            if (image.startsWith("postgres:")) {
                byComponent.put(LocalStack.POSTGRES, name);
            } else if (image.startsWith("apache/kafka:")) {
                byComponent.put(LocalStack.KAFKA, name);
            } else if (image.startsWith("quay.io/keycloak/keycloak:")) {
                byComponent.put(LocalStack.KEYCLOAK, name);
            } else if (image.startsWith(GREENMAIL_IMAGE)) {
                byComponent.put(LocalStack.MAIL, name);
            }
        });
        for (String component : List.of(LocalStack.POSTGRES, LocalStack.KAFKA, LocalStack.KEYCLOAK, LocalStack.MAIL)) {
            if (!byComponent.containsKey(component)) {
                problems.add("no " + component + " service (recognised by its image)");
                byComponent.put(component, component);
            }
        }
        return byComponent;
    }

    private Topology topology(Map<String, Object> services, Map<String, String> infrastructure) {
        Map<String, Topology.Target> targets = new HashMap<>();
        for (ServiceModule m : modules) {
            targets.put(Topology.address(m.name(), m.port()), new Topology.Target(m.name(), m.name(), Set.of()));
        }
        String postgres = infrastructure.get(LocalStack.POSTGRES);
        targets.put(Topology.address(postgres, 5432),
                new Topology.Target(LocalStack.POSTGRES, "deploy/postgres/init.sql", initDatabases()));
        String kafka = infrastructure.get(LocalStack.KAFKA);
        Endpoint advertised = Endpoint.parse(String.valueOf(
                environment(Yaml.map(services.get(kafka))).get("KAFKA_ADVERTISED_LISTENERS")).replace("PLAINTEXT://", ""));
        if (advertised == null || !advertised.host().equals(kafka)) {
            problems.add(kafka + ": KAFKA_ADVERTISED_LISTENERS must advertise PLAINTEXT://" + kafka + ":<port>");
        } else {
            targets.put(Topology.address(kafka, advertised.port()), new Topology.Target(LocalStack.KAFKA, kafka, Set.of()));
        }
        String keycloak = infrastructure.get(LocalStack.KEYCLOAK);
        targets.put(Topology.address(keycloak, keycloakPort(Yaml.map(services.get(keycloak)))),
                new Topology.Target(LocalStack.KEYCLOAK, keycloak, Set.of()));
        return new Topology(targets);
    }

    private Map<String, Object> composeServices = Map.of();

    private void module(ServiceModule module, Map<String, Object> service, Topology topology) {
        String name = module.name();
        Map<String, Object> build = Yaml.map(service.get("build"));
        if (!("./" + name).equals(build.get("context")) || !DOCKERFILE.equals(build.get("dockerfile"))) {
            problems.add(name + ": build must be context ./" + name + ", dockerfile " + DOCKERFILE);
        } else if (!Files.isRegularFile(module.dir().resolve(DOCKERFILE))) {
            problems.add(name + ": " + DOCKERFILE + " does not exist");
        }
        if (!("offering-compliance/" + name + ":local").equals(service.get("image"))) {
            problems.add(name + ": image must be offering-compliance/" + name
                    + ":local (the name the dev Kubernetes overlay uses)");
        }
        String test = Yaml.join(Yaml.map(service.get("healthcheck")).get("test"));
        String ready = "http://localhost:" + module.healthPort() + "/q/health/ready";
        if (!test.contains(ready)) {
            problems.add(name + ": healthcheck must probe " + ready + ", probes: " + test);
        }
        Map<String, String> env = environment(service);
        problems.addAll(EnvironmentRules.check(module, env, topology, modules, local));
        Map<String, Object> dependsOn = Yaml.map(service.get("depends_on"));
        Set<String> needed = new LinkedHashSet<>();
        for (String value : env.values()) {
            Endpoint endpoint = Endpoint.parse(value);
            if (endpoint != null) {
                topology.resolve(endpoint).ifPresent(t -> needed.add(host(endpoint)));
            }
        }
        needed.remove(name);
        for (String dependency : needed) {
            // Two services that call each other: the one that already waits for this one is called lazily (a cycle
            // of depends_on cannot start).
            boolean waitsForMe = Yaml.at(Yaml.map(composeServices.get(dependency)), "depends_on", name) != null;
            if (!waitsForMe && !"service_healthy".equals(Yaml.at(dependsOn, dependency, "condition"))) {
                problems.add(name + ": talks to " + dependency + ", so needs depends_on " + dependency
                        + " with condition service_healthy");
            }
        }
    }

    private void published(String name, Map<String, Object> service) {
        if (String.valueOf(service.get("image")).startsWith(GREENMAIL_IMAGE)) {
            return; // mail(): two ports
        }
        List<Object> ports = Yaml.list(service.get("ports"));
        boolean publishes = PUBLISHED.contains(name) || LocalStack.KEYCLOAK.equals(imageComponent(service));
        if (!publishes) {
            if (!ports.isEmpty()) {
                problems.add(name + ": publishes " + ports + "; only the gateway, Keycloak and the mail server may");
            }
            return;
        }
        int containerPort = LocalStack.KEYCLOAK.equals(imageComponent(service))
                ? keycloakPort(service)
                : modules.stream().filter(m -> m.name().equals(name)).mapToInt(ServiceModule::port).findFirst().orElse(-1);
        if (ports.size() != 1) {
            problems.add(name + ": must publish exactly its port " + containerPort);
            return;
        }
        String[] parts = String.valueOf(ports.get(0)).split(":");
        if (parts.length < 2 || !parts[parts.length - 1].equals(String.valueOf(containerPort))
                || !parts[parts.length - 2].equals(String.valueOf(containerPort))) {
            problems.add(name + ": must publish " + containerPort + ":" + containerPort + " (tokens and the README use it)"
                    + ", publishes " + ports.get(0));
        }
    }

    private void keycloak(Map<String, Object> service) {
        if (service.isEmpty()) {
            return;
        }
        String expectedImage = "quay.io/keycloak/keycloak:" + local.keycloakVersion();
        if (!expectedImage.equals(service.get("image"))) {
            problems.add("keycloak: image must be " + expectedImage + " (deploy/local's version)");
        }
        int port = keycloakPort(service);
        List<String> command = Yaml.list(service.get("command")).stream().map(String::valueOf).toList();
        for (String flag : List.of("--import-realm", "--hostname=http://localhost:" + port,
                "--hostname-backchannel-dynamic=true", "--health-enabled=true")) {
            if (!command.contains(flag)) {
                problems.add("keycloak: command needs " + flag + " (see deploy/local/infra.sh)");
            }
        }
        boolean realm = Yaml.list(service.get("volumes")).stream().map(String::valueOf)
                .anyMatch(v -> v.startsWith("./deploy/keycloak/realm.json:/opt/keycloak/data/import/"));
        if (!realm || !Files.isRegularFile(Repository.path("deploy/keycloak/realm.json"))) {
            problems.add("keycloak: must mount ./deploy/keycloak/realm.json into /opt/keycloak/data/import/");
        }
    }

    private void kafka(Map<String, Object> service) {
        if (service.isEmpty()) {
            return;
        }
        String expectedImage = "apache/kafka:" + local.kafkaVersion();
        if (!expectedImage.equals(service.get("image"))) {
            problems.add("kafka: image must be " + expectedImage + " (deploy/local's version)");
        }
        String roles = environment(service).getOrDefault("KAFKA_PROCESS_ROLES", "");
        if (!roles.contains("broker") || !roles.contains("controller")) {
            problems.add("kafka: a single KRaft node needs KAFKA_PROCESS_ROLES broker,controller");
        }
    }

    private void postgres(Map<String, Object> service) {
        if (service.isEmpty()) {
            return;
        }
        if (!String.valueOf(service.get("image")).startsWith("postgres:" + local.postgresMajor())) {
            problems.add("postgres: image must be PostgreSQL " + local.postgresMajor() + " (deploy/local's major version)");
        }
        boolean init = Yaml.list(service.get("volumes")).stream().map(String::valueOf)
                .anyMatch(v -> v.startsWith("./deploy/postgres/init.sql:/docker-entrypoint-initdb.d/"));
        if (!init) {
            problems.add("postgres: must mount ./deploy/postgres/init.sql into /docker-entrypoint-initdb.d/");
        }
    }

    /** GreenMail as deploy/local runs it: same version, SMTP and IMAP on the same ports, published on loopback only. */
    private void mail(Map<String, Object> service) {
        if (service.isEmpty()) {
            return;
        }
        String expectedImage = GREENMAIL_IMAGE + local.greenmailVersion();
        if (!expectedImage.equals(service.get("image"))) {
            problems.add("mail: image must be " + expectedImage + " (deploy/local's version)");
        }
        List<String> options = List.of(environment(service).getOrDefault("GREENMAIL_OPTS", "").split("\\s+"));
        for (String option : List.of("-Dgreenmail.smtp.port=" + local.smtpPort(), "-Dgreenmail.imap.port=" + local.imapPort(),
                "-Dgreenmail.auth.disabled")) {
            if (!options.contains(option)) {
                problems.add("mail: GREENMAIL_OPTS needs " + option + " (see deploy/local/infra.sh)");
            }
        }
        if (options.stream().anyMatch(o -> o.startsWith("-Dgreenmail.hostname="))) {
            problems.add("mail: GREENMAIL_OPTS must set addresses per protocol; -Dgreenmail.hostname also opens the API");
        }
        List<String> expectedPorts = List.of("127.0.0.1:" + local.smtpPort() + ":" + local.smtpPort(),
                "127.0.0.1:" + local.imapPort() + ":" + local.imapPort());
        List<String> ports = Yaml.list(service.get("ports")).stream().map(String::valueOf).toList();
        if (!expectedPorts.equals(ports)) {
            problems.add("mail: must publish exactly " + expectedPorts + " (the README reads mail there), publishes "
                    + ports);
        }
    }

    private Set<String> initDatabases() {
        Set<String> databases = new TreeSet<>();
        Matcher m = CREATE_DATABASE.matcher(Repository.read("deploy/postgres/init.sql"));
        while (m.find()) {
            databases.add(m.group(1));
        }
        return databases;
    }

    private static int keycloakPort(Map<String, Object> service) {
        for (Object arg : Yaml.list(service.get("command"))) {
            if (String.valueOf(arg).startsWith("--http-port=")) {
                return Integer.parseInt(String.valueOf(arg).substring("--http-port=".length()));
            }
        }
        return 8080;
    }

    private static String imageComponent(Map<String, Object> service) {
        return String.valueOf(service.get("image")).startsWith("quay.io/keycloak/keycloak:") ? LocalStack.KEYCLOAK : null;
    }

    private static String host(Endpoint endpoint) {
        return endpoint.host();
    }

    /** environment as a map, whether written as a map or as a list of NAME=value. */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object environment = service.get("environment");
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object item : Yaml.list(environment)) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return env;
    }

    private static JsonSchema loadSchema() {
        try {
            ObjectNode schema = (ObjectNode) JsonSchemas.MAPPER.readTree(JsonSchemas.resource("schemas/compose-spec.json"));
            // Its $id is relative ("compose_spec.json"); every $ref is local, so the schema needs no base URI.
            schema.remove("$id");
            return JsonSchemas.schema(schema);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
