package org.offeringcompliance.reporting;

import java.util.Map;

import org.offeringcompliance.testing.LocalInfrastructure;

/** The real PostgreSQL (database reporting_test), Kafka and Keycloak for this service's tests. */
public class ReportingTestResource extends LocalInfrastructure {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "reporting_test"));
    }
}
