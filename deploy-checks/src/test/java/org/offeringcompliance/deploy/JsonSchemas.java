package org.offeringcompliance.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** JSON Schema (draft 7) validation of YAML documents read as maps. */
final class JsonSchemas {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private JsonSchemas() {}

    static JsonSchema schema(JsonNode node) {
        return FACTORY.getSchema(node);
    }

    static List<String> validate(JsonSchema schema, Map<String, Object> document) {
        return schema.validate(MAPPER.valueToTree(document)).stream().map(ValidationMessage::getMessage).sorted()
                .toList();
    }

    static String resource(String name) {
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
