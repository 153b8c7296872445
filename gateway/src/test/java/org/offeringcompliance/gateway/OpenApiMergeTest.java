package org.offeringcompliance.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class OpenApiMergeTest {

    @Test
    void pathsGoToTheirOwnersAndComponentsAreMergedFirstWins() {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("checklist", new JsonObject("""
                {"openapi":"3.1.0","paths":{"/api/checklists-admin":{"get":{}},"/internal/checklists/{uuid}":{"get":{}},
                 "/api/customers":{"get":{"summary":"not mine"}}},
                 "components":{"schemas":{"Page":{"type":"array"},"Checklist":{"type":"object"}}}}"""));
        documents.put("marketplace", new JsonObject("""
                {"openapi":"3.1.0","paths":{"/api/customers":{"get":{"summary":"mine"}}},
                 "components":{"schemas":{"Page":{"type":"object"}},
                   "securitySchemes":{"SecurityScheme":{"type":"openIdConnect"}}}}"""));

        JsonObject merged = OpenApiMerge.merge(documents, List.of("reporting"));

        JsonObject paths = merged.getJsonObject("paths");
        assertEquals(List.of("/api/checklists-admin", "/api/customers"), List.copyOf(paths.fieldNames()));
        assertEquals("mine", paths.getJsonObject("/api/customers").getJsonObject("get").getString("summary"));
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals("array", schemas.getJsonObject("Page").getString("type"));
        assertTrue(schemas.containsKey("Checklist"));
        assertEquals("bearer", merged.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("SecurityScheme").getString("scheme"));
        String description = merged.getJsonObject("info").getString("description");
        assertTrue(description.contains("schemas/Page differs"), description);
        assertTrue(description.contains("The reporting service did not deliver"), description);
        assertEquals("reporting", merged.getJsonArray("x-missing-services").getString(0));
    }

    @Test
    void nothingMissingNoNote() {
        JsonObject merged = OpenApiMerge.merge(Map.of("reporting", new JsonObject("""
                {"openapi":"3.0.3","paths":{"/api/marketplace-offering-user-checklist-completions":{"get":{}}}}""")),
                List.of());
        assertEquals("3.0.3", merged.getString("openapi"));
        assertNull(merged.getValue("x-missing-services"));
        assertFalse(merged.getJsonObject("info").getString("description").contains("did not deliver"));
    }
}
