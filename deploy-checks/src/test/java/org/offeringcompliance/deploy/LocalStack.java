package org.offeringcompliance.deploy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ports and versions of the stack deploy/local runs (deploy/local/lib.sh): the services' defaults point at it, so a
 * default's port says which component a variable means, and compose and Kubernetes run the same versions.
 */
record LocalStack(int postgresPort, int kafkaPort, int keycloakPort, int smtpPort, int imapPort, String kafkaVersion,
        String keycloakVersion, String postgresVersion, String greenmailVersion) {

    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String KEYCLOAK = "keycloak";
    static final String MAIL = "mail";

    static LocalStack read() {
        String lib = Repository.read("deploy/local/lib.sh");
        return new LocalStack(Integer.parseInt(port(lib, "PG_PORT")), Integer.parseInt(port(lib, "KAFKA_PORT")),
                Integer.parseInt(port(lib, "KEYCLOAK_PORT")), Integer.parseInt(port(lib, "MAIL_SMTP_PORT")),
                Integer.parseInt(port(lib, "MAIL_IMAP_PORT")), assignment(lib, "KAFKA_VERSION"),
                assignment(lib, "KEYCLOAK_VERSION"), assignment(lib, "EMBEDDED_PG_VERSION"),
                assignment(lib, "GREENMAIL_VERSION"));
    }

    /** The component a loopback default with this port means: an infrastructure server or a service module. */
    String component(int port, List<ServiceModule> modules) {
        if (port == postgresPort) {
            return POSTGRES;
        }
        if (port == kafkaPort) {
            return KAFKA;
        }
        if (port == keycloakPort) {
            return KEYCLOAK;
        }
        return modules.stream().filter(m -> m.port() == port).map(ServiceModule::name).findFirst().orElse(null);
    }

    String postgresMajor() {
        return postgresVersion.substring(0, postgresVersion.indexOf('.'));
    }

    private static String port(String lib, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\\$\\{" + name + ":-(\\d+)}").matcher(lib);
        if (!m.find()) {
            throw new IllegalStateException("deploy/local/lib.sh no longer defines " + name);
        }
        return m.group(1);
    }

    private static String assignment(String lib, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=([0-9.]+)\\s*$").matcher(lib);
        if (!m.find()) {
            throw new IllegalStateException("deploy/local/lib.sh no longer defines " + name);
        }
        return m.group(1);
    }
}
