package org.offeringcompliance.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;

/**
 * The custom resources' schemas (src/test/resources/schemas/crds), made strict as the API server is with strict
 * field validation: an object that lists its properties accepts no others unless it preserves unknown fields.
 */
final class CrdSchemas {

    private static final List<String> FILES = List.of("strimzi-kafka.yaml", "strimzi-kafkanodepool.yaml",
            "strimzi-kafkatopic.yaml", "cnpg-cluster.yaml", "cnpg-database.yaml", "keycloak-subset.yaml",
            "prometheusrule-subset.yaml");
    private static final CrdSchemas INSTANCE = load();

    private final Map<String, JsonSchema> byApiVersionAndKind;

    private CrdSchemas(Map<String, JsonSchema> byApiVersionAndKind) {
        this.byApiVersionAndKind = byApiVersionAndKind;
    }

    static CrdSchemas get() {
        return INSTANCE;
    }

    /** Schema problems of a custom resource, or empty when no schema is known for its apiVersion and kind. */
    Optional<List<String>> validate(Map<String, Object> document) {
        JsonSchema schema = byApiVersionAndKind.get(document.get("apiVersion") + " " + document.get("kind"));
        return schema == null ? Optional.empty() : Optional.of(JsonSchemas.validate(schema, document));
    }

    private static CrdSchemas load() {
        Map<String, JsonSchema> schemas = new HashMap<>();
        for (String file : FILES) {
            for (Map<String, Object> crd : Yaml.documents(JsonSchemas.resource("schemas/crds/" + file))) {
                String group = (String) Yaml.at(crd, "spec", "group");
                String kind = (String) Yaml.at(crd, "spec", "names", "kind");
                for (Object version : Yaml.list(Yaml.at(crd, "spec", "versions"))) {
                    Map<String, Object> v = Yaml.map(version);
                    if (!Boolean.TRUE.equals(v.get("served"))) {
                        continue;
                    }
                    ObjectNode root = (ObjectNode) JsonSchemas.MAPPER
                            .valueToTree(Yaml.at(v, "schema", "openAPIV3Schema"));
                    strict(root);
                    ObjectNode properties = root.withObjectProperty("properties");
                    properties.putObject("apiVersion").put("type", "string");
                    properties.putObject("kind").put("type", "string");
                    // metadata is ObjectMeta, checked with the Kubernetes model (ManifestValidator).
                    properties.putObject("metadata").put("type", "object");
                    root.put("additionalProperties", false);
                    schemas.put(group + "/" + v.get("name") + " " + kind, JsonSchemas.schema(root));
                }
            }
        }
        return new CrdSchemas(schemas);
    }

    /** OpenAPI v3 structural schema to JSON Schema draft 7, closing every object that lists its properties. */
    static void strict(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        if (schema.has("properties") && !schema.has("additionalProperties") && !preserveUnknown) {
            schema.put("additionalProperties", false);
        }
        // Formats such as int32 or quantity are not JSON Schema formats; types are what matters here.
        schema.remove(List.of("format", "nullable", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
                "x-kubernetes-validations", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
                "x-kubernetes-map-type", "x-kubernetes-embedded-resource"));
        for (Iterator<JsonNode> it = schema.path("properties").elements(); it.hasNext();) {
            strict(it.next());
        }
        strict(schema.get("items"));
        strict(schema.get("additionalProperties"));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            List<JsonNode> alternatives = new ArrayList<>();
            schema.path(combinator).forEach(alternatives::add);
            alternatives.forEach(CrdSchemas::strict);
        }
        strict(schema.get("not"));
    }
}
