package org.offeringcompliance.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Unknown fields in a typed Kubernetes object: the fabric8 model keeps every field it does not know in
 * additionalProperties, so a typo such as imagePulPolicy shows up as a non-empty map somewhere in the tree.
 */
final class ModelWalk {

    private static final int MAX_DEPTH = 64;

    private ModelWalk() {}

    static List<String> unknownFields(Object model) {
        List<String> problems = new ArrayList<>();
        walk(model, "", problems, 0);
        return problems;
    }

    private static void walk(Object value, String path, List<String> problems, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", problems, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> walk(item, path + "." + key, problems, depth + 1));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getName().equals("additionalProperties")) {
                    if (read(field, value) instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        TreeSet<String> names = new TreeSet<>();
                        unknown.keySet().forEach(k -> names.add(String.valueOf(k)));
                        problems.add((path.isEmpty() ? "." : path) + ": unknown field(s) " + names);
                    }
                    continue;
                }
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null) {
                    String name = property.value().isEmpty() ? field.getName() : property.value();
                    walk(read(field, value), path + "." + name, problems, depth + 1);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
