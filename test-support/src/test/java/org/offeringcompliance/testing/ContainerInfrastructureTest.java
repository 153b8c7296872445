package org.offeringcompliance.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The Docker path: skipped, not failed, where no Docker engine runs (as on our build machines). */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTest {

    @Test
    void theContainersAnswerLikeTheLocalServers() {
        LocalInfrastructure.Endpoints endpoints = ContainerInfrastructure.start(LocalInfrastructure.projectRoot());
        assertTrue(LocalInfrastructure.portOpen(endpoints.pgHost(), endpoints.pgPort()));
        assertTrue(endpoints.reachable(), "PostgreSQL, Kafka and the compliance realm answer");
    }
}
