package org.offeringcompliance.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One OpenAPI document from the services' own: each service contributes the paths the gateway routes to it (so its
 * internal endpoints stay out) and its components; the first definition of a component name wins.
 */
final class OpenApiMerge {

    static final String TITLE = "Offering compliance API";

    private OpenApiMerge() {}

    /** Merges the documents (backend name to document, in order) and notes the backends that are missing. */
    static JsonObject merge(Map<String, JsonObject> documents, List<String> missing) {
        Map<String, Object> paths = new TreeMap<>();
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        List<String> notes = new ArrayList<>();
        String version = "3.1.0";
        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            String backend = entry.getKey();
            JsonObject document = entry.getValue();
            version = document.getString("openapi", version);
            document.getJsonObject("paths", new JsonObject()).forEach(path -> {
                if (RouteTable.backendFor(path.getKey()).filter(backend::equals).isPresent()) {
                    paths.putIfAbsent(path.getKey(), path.getValue());
                }
            });
            document.getJsonObject("components", new JsonObject())
                    .forEach(section -> mergeSection(components, section.getKey(), section.getValue(), backend, notes));
            document.getJsonArray("tags", new JsonArray()).forEach(tag -> {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            });
        }
        bearerOnly(components);
        missing.forEach(
                backend -> notes.add("The " + backend + " service did not deliver its document; its paths are missing."));
        JsonObject info = new JsonObject().put("title", TITLE).put("version", "1.0.0").put("description",
                String.join(" ", "Every service of the offering compliance platform, through the gateway.",
                        String.join(" ", notes)).trim());
        JsonObject merged = new JsonObject().put("openapi", version).put("info", info)
                .put("paths", new JsonObject(paths)).put("components", components);
        if (!tags.isEmpty()) {
            merged.put("tags", tags);
        }
        if (!missing.isEmpty()) {
            merged.put("x-missing-services", new JsonArray(missing));
        }
        return merged;
    }

    /** The gateway takes a bearer token on every route, so each security scheme is shown as one (keeping its name). */
    private static void bearerOnly(JsonObject components) {
        JsonObject schemes = components.getJsonObject("securitySchemes");
        if (schemes != null) {
            List.copyOf(schemes.fieldNames()).forEach(name -> schemes.put(name, new JsonObject().put("type", "http")
                    .put("scheme", "bearer").put("bearerFormat", "JWT")
                    .put("description", "An access token from Keycloak, realm compliance")));
        }
    }

    private static void mergeSection(JsonObject components, String section, Object definitions, String backend,
            List<String> notes) {
        if (!(definitions instanceof JsonObject entries)) {
            return;
        }
        if (!components.containsKey(section)) {
            components.put(section, new JsonObject());
        }
        JsonObject target = components.getJsonObject(section);
        entries.forEach(definition -> {
            Object existing = target.getValue(definition.getKey());
            if (existing == null) {
                target.put(definition.getKey(), definition.getValue());
            } else if (!existing.equals(definition.getValue()) && !"securitySchemes".equals(section)) {
                notes.add("The " + backend + " service's " + section + "/" + definition.getKey()
                        + " differs from another service's; the first is shown.");
            }
        });
    }
}
