package org.offeringcompliance.notification;

import java.util.Map;

import org.offeringcompliance.testing.LocalInfrastructure;

/** The real PostgreSQL (database notification_test), Kafka, Keycloak and mail server for this service's tests. */
public class NotificationTestResource extends LocalInfrastructure {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "notification_test"));
    }
}
