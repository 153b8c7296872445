package org.offeringcompliance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComposeTest {

    @Test
    void composeFileMatchesTheSpecAndEveryServicesConfiguration() {
        assertEquals(List.of(), ComposeChecks.check(Repository.read("docker-compose.yml"), ServiceModule.all(),
                LocalStack.read()));
    }

    @Test
    void aChangedApplicationPropertiesFailsTheComposeCheck() {
        // As if gateway's application.properties moved to ports 8090 and 9090 and read one more variable.
        List<ServiceModule> modules = new ArrayList<>();
        for (ServiceModule m : ServiceModule.all()) {
            String text = Repository.read(m.dir().resolve("src/main/resources/application.properties"));
            if (m.name().equals("gateway")) {
                text = text.replace("quarkus.http.port=8080", "quarkus.http.port=8090")
                        .replace("${MANAGEMENT_PORT:9080}", "${MANAGEMENT_PORT:9090}")
                        + "\ngateway.audit-url=${AUDIT_URL:http://127.0.0.1:8083}\n";
            }
            modules.add(ServiceModule.of(m.name(), m.dir(), text));
        }
        List<String> problems = ComposeChecks.check(Repository.read("docker-compose.yml"), modules, LocalStack.read());
        assertTrue(problems.contains("gateway: healthcheck must probe http://localhost:9090/q/health/ready, probes: "
                + "CMD curl -fsS -o /dev/null http://localhost:9080/q/health/ready"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("gateway: must publish 8090:8090")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("gateway: does not set AUDIT_URL")), problems.toString());
    }
}
