package org.offeringcompliance.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML as plain maps and lists; duplicate keys are errors, as they are for kubectl and docker compose. */
final class Yaml {

    private Yaml() {}

    static List<Map<String, Object>> documents(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(text)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map)) {
                throw new IllegalArgumentException("a YAML document is not a mapping: " + document);
            }
            documents.add(map(document));
        }
        return documents;
    }

    static Map<String, Object> document(String text) {
        List<Map<String, Object>> documents = documents(text);
        if (documents.size() != 1) {
            throw new IllegalArgumentException("expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** The value at a path of map keys, or null. */
    static Object at(Map<String, Object> root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = map(current).get(key);
        }
        return current;
    }

    static String kindAndName(Map<String, Object> document) {
        return document.get("kind") + "/" + at(document, "metadata", "name");
    }

    static String join(Object commandOrString) {
        return commandOrString instanceof List<?> parts
                ? String.join(" ", parts.stream().map(String::valueOf).toList())
                : String.valueOf(commandOrString);
    }

    static List<String> path(String dotted) {
        return Arrays.asList(dotted.split("\\."));
    }
}
