package org.offeringcompliance.testing;

import java.nio.file.Path;
import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The same PostgreSQL, Kafka and Keycloak as deploy/local, as containers: for people with a Docker engine and nothing
 * installed (TEST_INFRA=containers). Started once per JVM and left to Testcontainers' reaper.
 */
final class ContainerInfrastructure {

    static final String POSTGRES_IMAGE = "postgres:17";
    static final String KAFKA_IMAGE = "apache/kafka:4.3.1";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";

    private ContainerInfrastructure() {}

    static LocalInfrastructure.Endpoints start(Path root) {
        GenericContainer<?> postgres = new GenericContainer<>(POSTGRES_IMAGE)
                .withEnv("POSTGRES_PASSWORD", "postgres")
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve("deploy/postgres/init.sql")),
                        "/docker-entrypoint-initdb.d/init.sql")
                .withExposedPorts(5432)
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\n", 2));
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        GenericContainer<?> keycloak = new GenericContainer<>(KEYCLOAK_IMAGE)
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve("deploy/keycloak/realm.json")),
                        "/opt/keycloak/data/import/realm.json")
                .withCommand("start-dev", "--import-realm", "--http-port=8180")
                .withExposedPorts(8180)
                .waitingFor(Wait.forHttp("/realms/compliance/.well-known/openid-configuration").forPort(8180)
                        .withStartupTimeout(Duration.ofMinutes(4)));
        postgres.start();
        kafka.start();
        keycloak.start();
        return new LocalInfrastructure.Endpoints(postgres.getHost(), postgres.getMappedPort(5432),
                kafka.getBootstrapServers().replace("PLAINTEXT://", ""),
                "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8180));
    }
}
