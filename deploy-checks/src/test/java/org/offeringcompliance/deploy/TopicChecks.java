package org.offeringcompliance.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The provisional topic list (deploy/k8s/platform/topics.yaml) against the topics the services name: in their
 * application.properties (incoming channels, dead-letter topics, outgoing channels) and in messaging/Topics.java
 * constants, which the outbox relay uses per record.
 */
final class TopicChecks {

    static final String TOPICS_FILE = "deploy/k8s/platform/topics.yaml";
    /** The outbox channel's configured topic is a placeholder: OutboxRelay sets the topic of every record. */
    private static final String OUTBOX_CHANNEL = "outbox";
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([^\"]+)\"");

    private TopicChecks() {}

    static List<String> check(String topicsYaml, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        for (Map<String, Object> topic : Yaml.documents(topicsYaml)) {
            Object name = Yaml.at(topic, "spec", "topicName");
            declared.add(String.valueOf(name != null ? name : Yaml.at(topic, "metadata", "name")));
        }
        for (ServiceModule module : modules) {
            for (String topic : named(module)) {
                if (!declared.contains(topic)) {
                    problems.add(module + " uses topic " + topic + ", which " + TOPICS_FILE + " does not declare");
                }
            }
        }
        return problems;
    }

    /** ${key} and ${key:default} as the prod profile resolves them, e.g. ${topics.prefix:} to "". */
    static String expand(ServiceModule module, String value) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            String resolved = module.prodValue(m.group(1));
            if (resolved == null) {
                resolved = m.group(2) == null ? "" : m.group(2);
            }
            m.appendReplacement(expanded, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(expanded);
        return expanded.toString();
    }

    /** Topics a service names in its configuration or its messaging/Topics.java. */
    static Set<String> named(ServiceModule module) {
        Set<String> topics = new TreeSet<>();
        Map<String, Map<String, String>> channels = new java.util.HashMap<>();
        for (String key : module.properties().stringPropertyNames()) {
            Matcher m = CHANNEL.matcher(key.replaceFirst("^%prod\\.", ""));
            if (!m.matches() || key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            channels.computeIfAbsent(m.group(1) + " " + m.group(2), k -> new java.util.HashMap<>()).put(m.group(3),
                    expand(module, module.properties().getProperty(key)));
        }
        channels.forEach((channel, settings) -> {
            String direction = channel.split(" ")[0];
            String name = channel.split(" ")[1];
            // Kafka is the only connector: a channel without one is a Kafka channel.
            if (!"smallrye-kafka".equals(settings.getOrDefault("connector", "smallrye-kafka"))) {
                return;
            }
            if (settings.containsKey("topics")) {
                for (String t : settings.get("topics").split(",")) {
                    topics.add(t.trim());
                }
            } else if (!settings.containsKey("pattern") && !(direction.equals("outgoing") && name.equals(OUTBOX_CHANNEL))) {
                topics.add(settings.getOrDefault("topic", name));
            }
            if ("dead-letter-queue".equals(settings.get("failure-strategy"))
                    || settings.containsKey("dead-letter-queue.topic")) {
                topics.add(settings.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + name));
            }
        });
        Path sources = module.dir().resolve("src/main/java");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.getFileName().toString().equals("Topics.java")
                        && f.getParent().getFileName().toString().equals("messaging")).forEach(f -> {
                            Matcher m = CONSTANT.matcher(Repository.read(f));
                            while (m.find()) {
                                topics.add(m.group(1));
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return topics;
    }
}
