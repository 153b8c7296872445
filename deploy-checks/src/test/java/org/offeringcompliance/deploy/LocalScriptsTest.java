package org.offeringcompliance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * deploy/local runs every service module: up.sh starts it on its own port with a database init.sql creates and a
 * client secret of the realm, down.sh stops it, and the end-to-end suite's it-stack.sh starts and stops it too.
 */
class LocalScriptsTest {

    private static final Pattern SERVICES = Pattern.compile("(?m)^SERVICES=\\(([^)]*)\\)");
    private static final Pattern DOWN_LOOP = Pattern.compile("(?m)^for name in ([^;]*); do");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+(\\w+)");

    @Test
    void upStartsEveryServiceModuleOnItsPort() {
        Map<String, String> expected = new TreeMap<>();
        ServiceModule.all().forEach(m -> expected.put(m.name(), String.valueOf(m.port())));
        Map<String, String> started = new TreeMap<>();
        for (String entry : words(SERVICES, "deploy/local/up.sh")) {
            started.put(entry.substring(0, entry.indexOf(':')), entry.substring(entry.indexOf(':') + 1));
        }
        assertEquals(expected, started, "deploy/local/up.sh SERVICES (name:port) against the service modules");
    }

    @Test
    void downAndTheEndToEndStackStopEveryServiceModule() {
        Set<String> modules = new TreeSet<>(ServiceModule.all().stream().map(ServiceModule::name).toList());
        assertEquals(modules, new TreeSet<>(words(DOWN_LOOP, "deploy/local/down.sh")), "deploy/local/down.sh");
        assertEquals(modules, new TreeSet<>(words(SERVICES, "deploy/local/it-stack.sh")), "deploy/local/it-stack.sh");
    }

    @Test
    void upGivesEachServiceADatabaseOfInitSqlAndAClientSecretOfTheRealm() {
        String up = Repository.read("deploy/local/up.sh");
        Set<String> databases = new TreeSet<>();
        Matcher created = CREATE_DATABASE.matcher(Repository.read("deploy/postgres/init.sql"));
        while (created.find()) {
            databases.add(created.group(1));
        }
        Set<String> secrets = new TreeSet<>();
        RealmImportTest.realmFile().path("clients").forEach(c -> {
            if (c.hasNonNull("secret")) {
                secrets.add(c.path("secret").asText());
            }
        });
        List<String> problems = new ArrayList<>();
        for (ServiceModule module : ServiceModule.all()) {
            Matcher branch = Pattern.compile("(?ms)^\\s+" + Pattern.quote(module.name()) + "\\)(.*?);;").matcher(up);
            String env = branch.find() ? branch.group(1) : "";
            Endpoint database = Endpoint.parse(module.env().get("DB_URL"));
            if (database != null) {
                Matcher url = Pattern.compile("DB_URL=jdbc:postgresql://127\\.0\\.0\\.1:\\$PG_PORT/(\\w+)").matcher(env);
                String named = url.find() ? url.group(1) : null;
                if (!database.database().equals(named) || !databases.contains(named)) {
                    problems.add(module + ": up.sh must set DB_URL to .../" + database.database()
                            + " (its default), a database of init.sql " + databases + "; sets " + named);
                }
            }
            if (module.env().containsKey("KEYCLOAK_CLIENT_SECRET")) {
                Matcher secret = Pattern.compile("KEYCLOAK_CLIENT_SECRET=([\\w-]+)").matcher(env);
                if (!secret.find() || !secrets.contains(secret.group(1))) {
                    problems.add(module + ": up.sh must set KEYCLOAK_CLIENT_SECRET to a client secret of"
                            + " deploy/keycloak/realm.json " + secrets);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> words(Pattern pattern, String script) {
        Matcher m = pattern.matcher(Repository.read(script));
        assertTrue(m.find(), script + " no longer matches " + pattern);
        return List.of(m.group(1).trim().split("\\s+"));
    }
}
