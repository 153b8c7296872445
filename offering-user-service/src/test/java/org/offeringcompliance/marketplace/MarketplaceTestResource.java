package org.offeringcompliance.marketplace;

import java.util.Map;

import org.offeringcompliance.testing.LocalInfrastructure;

/** The real PostgreSQL (database marketplace_test), Kafka and Keycloak for this service's tests. */
public class MarketplaceTestResource extends LocalInfrastructure {

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", "marketplace_test"));
    }
}
