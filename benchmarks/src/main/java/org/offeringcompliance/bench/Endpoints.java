package org.offeringcompliance.bench;

/** Where the running stack listens; every address can be overridden by an environment variable of the same name. */
record Endpoints(String gateway, String gatewayManagement, String marketplace, String checklist, String reporting,
        String keycloak, String kafka,
        String pgHost, String pgPort, String pgUser, String pgPassword) {

    static Endpoints fromEnvironment() {
        return new Endpoints(env("GATEWAY_URL", "http://127.0.0.1:8080"),
                env("GATEWAY_MANAGEMENT_URL", "http://127.0.0.1:9080"), env("MARKETPLACE_URL", "http://127.0.0.1:8081"),
                env("CHECKLIST_URL", "http://127.0.0.1:8082"), env("REPORTING_URL", "http://127.0.0.1:8083"),
                env("KEYCLOAK_URL", "http://127.0.0.1:8180"), env("KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                env("PGHOST", "127.0.0.1"), env("PGPORT", "15432"), env("PGUSER", "compliance"),
                env("PGPASSWORD", "compliance"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
