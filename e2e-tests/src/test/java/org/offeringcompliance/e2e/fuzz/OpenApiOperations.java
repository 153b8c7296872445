package org.offeringcompliance.e2e.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operations of the merged OpenAPI document (/api/openapi.json): method, path template, path and query parameters
 * with their schemas, and the request body's fields where the schema names them.
 */
final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete", "options", "trace");

    record Param(String name, String type, String format, List<String> choices, BigDecimal minimum, BigDecimal maximum,
            Integer maxLength) {}

    /**
     * One operation. The document's paths have no trailing slash; requests add the one API.md writes.
     *
     * @param schemaFields the body's fields from the schema; empty when the schema is opaque (JsonNode) or absent
     */
    record Operation(String method, String template, List<Param> pathParams, List<Param> queryParams, boolean takesBody,
            List<Field> schemaFields, Set<String> tags) {

        String id() {
            return method + " " + template;
        }

        /** A paginated list (a JSON array with X-Result-Count), or HEAD, which counts one. */
        boolean isList() {
            return method.equals("HEAD")
                    || method.equals("GET") && queryParams.stream().anyMatch(p -> p.name().equals("page_size"));
        }

        /** The path with each {param} replaced by its (already encoded) value, with API.md's trailing slash. */
        String path(Map<String, String> values) {
            String path = template;
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path + "/";
        }
    }

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    static List<Operation> read(JsonNode document) {
        return new OpenApiOperations(document).operations();
    }

    private List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    out.add(operation(method.toUpperCase(), path.getKey(), path.getValue().path("parameters"), op));
                }
            }
        }
        return out;
    }

    private Operation operation(String method, String template, JsonNode pathLevelParams, JsonNode op) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathLevelParams, op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = resolve(p);
                params.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
            }
        }
        List<Param> path = new ArrayList<>();
        List<Param> query = new ArrayList<>();
        for (JsonNode p : params.values()) {
            Param param = param(p.path("name").asText(), resolve(p.path("schema")));
            if (p.path("in").asText().equals("path")) {
                path.add(param);
            } else if (p.path("in").asText().equals("query")) {
                query.add(param);
            }
        }
        JsonNode body = op.path("requestBody");
        Set<String> tags = new LinkedHashSet<>();
        op.path("tags").forEach(t -> tags.add(t.asText()));
        return new Operation(method, template, path, query, !body.isMissingNode(), bodyFields(body), tags);
    }

    private List<Field> bodyFields(JsonNode requestBody) {
        JsonNode schema = requestBody.path("content").path("application/json").path("schema");
        if (schema.path("$ref").asText().endsWith("/JsonNode")) {
            return List.of(); // Jackson's tree type: the document says nothing about the fields
        }
        List<Field> fields = new ArrayList<>();
        resolve(schema).path("properties").fields().forEachRemaining(p -> fields.add(field(p.getKey(), resolve(p.getValue()))));
        return fields;
    }

    private static Field field(String name, JsonNode schema) {
        Param p = param(name, schema);
        String type = p.type();
        if (!p.choices().isEmpty()) {
            return new Field(name, Field.Kind.CHOICE, Json.string(p.choices().get(0)), null, null, null, p.choices());
        }
        return switch (type) {
            case "integer" -> new Field(name, Field.Kind.INTEGER, "1", null, p.minimum(), p.maximum(), List.of());
            case "number" -> new Field(name, Field.Kind.DECIMAL, "1", null, p.minimum(), p.maximum(), List.of());
            case "boolean" -> Field.bool(name, false);
            case "array", "object" -> Field.any(name, type.equals("array") ? "[]" : "{}");
            default -> "uuid".equals(p.format())
                    ? Field.uuid(name, "00000000000000000000000000000000")
                    : new Field(name, Field.Kind.TEXT, Json.string("fuzz"), p.maxLength(), null, null, List.of());
        };
    }

    private static Param param(String name, JsonNode schema) {
        List<String> choices = new ArrayList<>();
        schema.path("enum").forEach(e -> choices.add(e.asText()));
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText(null);
        BigDecimal min = decimal(schema.get("minimum"));
        BigDecimal max = decimal(schema.get("maximum"));
        if ("integer".equals(type) && min == null && max == null) {
            long bound = "int64".equals(format) ? Long.MAX_VALUE : Integer.MAX_VALUE;
            min = BigDecimal.valueOf(-bound - 1);
            max = BigDecimal.valueOf(bound);
        }
        Integer maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : null;
        return new Param(name, type, format, choices, min, max, maxLength);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }

    /** Follows a local $ref (#/components/...) once or more; anything else as it is. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
