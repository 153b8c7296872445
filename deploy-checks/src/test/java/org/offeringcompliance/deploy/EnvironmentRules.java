package org.offeringcompliance.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment a deployment gives a service, checked against what the service's application.properties reads:
 * no variable it ignores, every variable whose default points at the local machine, and every endpoint pointing at
 * the same component its default means (found by the default's port, see {@link LocalStack}).
 */
final class EnvironmentRules {

    /** Marks a value that comes from a Secret: present, but not readable by the checks. */
    static final String SECRET = "<secret>";

    private EnvironmentRules() {}

    static List<String> check(ServiceModule module, Map<String, String> env, Topology topology,
            List<ServiceModule> modules, LocalStack local) {
        List<String> problems = new ArrayList<>();
        String where = module.name() + ": ";
        Set<String> ignored = new TreeSet<>(env.keySet());
        ignored.removeAll(module.env().keySet());
        if (!ignored.isEmpty()) {
            problems.add(where + "sets " + ignored + ", which its application.properties does not read");
        }
        for (Map.Entry<String, String> read : module.env().entrySet()) {
            String name = read.getKey();
            Endpoint byDefault = Endpoint.parse(read.getValue());
            boolean pointsHome = read.getValue() != null
                    && (read.getValue().contains("127.0.0.1") || read.getValue().contains("localhost"));
            if (pointsHome && !env.containsKey(name)) {
                problems.add(where + "does not set " + name + ", whose default " + read.getValue()
                        + " points at the machine itself");
            }
            String value = env.get(name);
            if (value == null || value.equals(SECRET)) {
                continue;
            }
            if (name.equals("HTTP_HOST") && !value.equals("0.0.0.0")) {
                problems.add(where + "HTTP_HOST is " + value + "; a container must listen on 0.0.0.0");
            }
            if (byDefault == null || !byDefault.loopback() || publicAddress(name)) {
                continue;
            }
            String component = local.component(byDefault.port(), modules);
            if (component == null) {
                continue;
            }
            Endpoint actual = Endpoint.parse(value);
            if (actual == null) {
                problems.add(where + name + "=" + value + " is not an address like its default " + read.getValue());
                continue;
            }
            Optional<Topology.Target> target = topology.resolve(actual);
            if (target.isEmpty()) {
                problems.add(where + name + "=" + value + " points at " + actual.host() + ":" + actual.port()
                        + ", where nothing listens in this deployment (expected " + component + ")");
                continue;
            }
            if (!target.get().component().equals(component)) {
                problems.add(where + name + "=" + value + " points at " + target.get().component()
                        + ", but its default means " + component);
            }
            if (byDefault.database() != null) {
                if (!byDefault.database().equals(actual.database())) {
                    problems.add(where + name + " names database " + actual.database() + ", its default "
                            + byDefault.database());
                }
                if (!target.get().databases().contains(actual.database())) {
                    problems.add(where + name + " names database " + actual.database() + ", which "
                            + target.get().provider() + " does not create (it creates " + target.get().databases()
                            + ")");
                }
            }
        }
        return problems;
    }

    /**
     * An address people and clients use (links in answers and in mails are built from it): outside the deployment,
     * resolved by DNS, so its loopback default says nothing about a component.
     */
    static boolean publicAddress(String name) {
        return name.endsWith("PUBLIC_URL") || name.equals("PORTAL_URL");
    }
}
