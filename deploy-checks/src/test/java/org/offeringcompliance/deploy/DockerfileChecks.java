package org.offeringcompliance.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A service's src/main/docker/Dockerfile.jvm: known instructions only, a pinned base image, the Quarkus JVM package,
 * a non-root user, its own port exposed, and a HEALTHCHECK on its readiness endpoint.
 */
final class DockerfileChecks {

    private static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY",
            "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");
    private static final List<String> PACKAGE = List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar",
            "target/quarkus-app/app/", "target/quarkus-app/quarkus/");

    private DockerfileChecks() {}

    static List<String> check(ServiceModule module, String dockerfile) {
        List<String> problems = new ArrayList<>();
        String where = module.name() + "/" + ComposeChecks.DOCKERFILE + ": ";
        List<String[]> instructions = instructions(dockerfile);
        List<String> from = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        String user = null;
        boolean exposed = false;
        boolean httpHost = false;
        boolean entrypoint = false;
        String healthcheck = null;
        for (String[] instruction : instructions) {
            String keyword = instruction[0].toUpperCase(Locale.ROOT);
            String args = instruction[1];
            if (!INSTRUCTIONS.contains(keyword)) {
                problems.add(where + "unknown instruction " + instruction[0]);
                continue;
            }
            switch (keyword) {
                case "FROM" -> from.add(args);
                case "COPY", "ADD" -> copies.add(args);
                case "USER" -> user = args.trim();
                case "EXPOSE" -> exposed |= List.of(args.trim().split("\\s+")).contains(String.valueOf(module.port()));
                case "ENV" -> httpHost |= args.matches("(?s).*\\bHTTP_HOST[= ]\"?0\\.0\\.0\\.0\"?(\\s.*)?");
                case "ENTRYPOINT", "CMD" -> entrypoint = true;
                case "HEALTHCHECK" -> healthcheck = args;
                default -> {
                }
            }
        }
        if (from.size() != 1) {
            problems.add(where + "needs exactly one FROM, has " + from.size());
        } else {
            String image = from.get(0).trim().split("\\s+")[0];
            String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            if (tag.isEmpty() || tag.equals("latest")) {
                problems.add(where + "FROM " + image + " needs a pinned tag");
            }
        }
        for (String part : PACKAGE) {
            if (copies.stream().noneMatch(c -> c.contains(part))) {
                problems.add(where + "does not copy " + part + " (the Quarkus JVM package)");
            }
        }
        if (user == null || user.equals("root") || user.equals("0") || user.startsWith("0:") || !user.matches("\\d+(:\\d+)?")) {
            problems.add(where + "must end with a numeric non-root USER (Kubernetes checks runAsNonRoot by uid), has " + user);
        }
        if (!exposed) {
            problems.add(where + "must EXPOSE " + module.port() + " (quarkus.http.port)");
        }
        if (!httpHost) {
            problems.add(where + "must set ENV HTTP_HOST=0.0.0.0 (application.properties binds to 127.0.0.1 otherwise)");
        }
        if (!entrypoint) {
            problems.add(where + "needs an ENTRYPOINT");
        }
        String ready = "http://localhost:" + module.healthPort() + "/q/health/ready";
        if (healthcheck == null || !healthcheck.contains("CMD") || !healthcheck.contains(ready)) {
            problems.add(where + "HEALTHCHECK must probe " + ready);
        }
        return problems;
    }

    /** Logical instructions: comments dropped, backslash continuations joined. */
    static List<String[]> instructions(String dockerfile) {
        List<String[]> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : dockerfile.split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String text = current.toString().strip();
            current.setLength(0);
            if (text.isEmpty()) {
                continue;
            }
            int space = text.indexOf(' ');
            result.add(space < 0 ? new String[]{text, ""} : new String[]{text.substring(0, space), text.substring(space + 1)});
        }
        return result;
    }
}
