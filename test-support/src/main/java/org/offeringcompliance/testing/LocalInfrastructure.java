package org.offeringcompliance.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a @QuarkusTest the real PostgreSQL, Kafka and Keycloak: found through environment variables (PG_HOST, PG_PORT,
 * KAFKA_BOOTSTRAP, KEYCLOAK_URL) or at the local defaults, and started with deploy/local/infra.sh when absent; with
 * TEST_INFRA=containers (a machine with a Docker engine) they run as Testcontainers instead.
 * Init arg "database" names the service's test database.
 */
public class LocalInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "postgres";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Endpoints endpoints = Endpoints.ensureRunning();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://" + endpoints.pgHost() + ":" + endpoints.pgPort() + "/" + database);
        config.put("quarkus.datasource.username", env("PG_USER", "compliance"));
        config.put("quarkus.datasource.password", env("PG_PASSWORD", "compliance"));
        config.put("kafka.bootstrap.servers", endpoints.kafka());
        config.put("quarkus.oidc.auth-server-url", endpoints.keycloak() + "/realms/compliance");
        config.put("keycloak.url", endpoints.keycloak());
        return config;
    }

    @Override
    public void stop() {
        // The servers stay up for the next test class and module; deploy/local/down.sh stops them.
    }

    static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Where the three servers are, starting them once per JVM if they are not reachable. */
    public record Endpoints(String pgHost, int pgPort, String kafka, String keycloak) {

        private static Endpoints running;

        public static synchronized Endpoints ensureRunning() {
            if (running != null) {
                return running;
            }
            if ("containers".equals(System.getenv("TEST_INFRA"))) {
                running = ContainerInfrastructure.start(projectRoot());
                return running;
            }
            Endpoints e = new Endpoints(env("PG_HOST", "127.0.0.1"), Integer.parseInt(env("PG_PORT", "15432")),
                    env("KAFKA_BOOTSTRAP", "127.0.0.1:9092"), env("KEYCLOAK_URL", "http://127.0.0.1:8180"));
            if (!e.reachable()) {
                runInfra("up");
                if (!e.reachable()) {
                    throw new IllegalStateException("PostgreSQL, Kafka or Keycloak still not reachable at " + e);
                }
            }
            running = e;
            return e;
        }

        boolean reachable() {
            String[] kafkaHostPort = kafka.split(":");
            return portOpen(pgHost, pgPort) && portOpen(kafkaHostPort[0], Integer.parseInt(kafkaHostPort[1]))
                    && realmAnswers();
        }

        private boolean realmAnswers() {
            try {
                HttpRequest request = HttpRequest
                        .newBuilder(URI.create(keycloak + "/realms/compliance/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(3)).build();
                return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs deploy/local/infra.sh with a command (up, stop-kafka, start-kafka): the same tooling as up.sh. */
    public static void runInfra(String command) {
        Path root = projectRoot();
        File log = root.resolve("deploy/local/.run/infra-from-tests.log").toFile();
        log.getParentFile().mkdirs();
        try {
            Process process = new ProcessBuilder("bash", root.resolve("deploy/local/infra.sh").toString(), command)
                    .redirectErrorStream(true).redirectOutput(log).start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/infra.sh " + command + " failed; see " + log + ":\n"
                        + Files.readString(log.toPath()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run deploy/local/infra.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/infra.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/local/infra.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
