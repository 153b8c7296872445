package org.offeringcompliance.checklist;

import java.util.Map;

import org.offeringcompliance.testing.LocalInfrastructure;

/** The real PostgreSQL (database checklist_test), Kafka and Keycloak for this service's tests. */
public class ChecklistTestResource extends LocalInfrastructure {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "checklist_test"));
    }
}
