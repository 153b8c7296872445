package org.offeringcompliance.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class JsonBodyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static JsonBody body(String json) throws Exception {
        return JsonBody.of(MAPPER.readTree(json));
    }

    private static Object errorsOf(JsonBody json) {
        return assertThrows(ApiException.class, json::throwIfAny).body();
    }

    @Test
    void anAbsentBodyIsEmptyAndANonObjectIsA400() throws Exception {
        assertEquals("x", JsonBody.of(null).text("name", 10, "x"));
        ApiException e = assertThrows(ApiException.class, () -> body("[1]"));
        assertEquals(Map.of("detail", "The request body must be a JSON object."), e.body());
    }

    @Test
    void aChoiceOfStringsKeepsTheCurrentValueWhenAbsentAndNamesTheRefusedValue() throws Exception {
        Set<String> states = Set.of("OK", "Requested");
        assertEquals("OK", body("{}").choice("state", states, "OK"));
        assertEquals("Requested", body("{\"state\": \"Requested\"}").choice("state", states, "OK"));
        JsonBody json = body("{\"a\": \"Sleeping\", \"b\": 5, \"c\": null}");
        json.choice("a", states, "OK");
        json.choice("b", states, "OK");
        json.choice("c", states, "OK");
        assertEquals(Map.of("a", List.of("\"Sleeping\" is not a valid choice."), "b",
                List.of("\"5\" is not a valid choice."), "c", List.of(JsonBody.NOT_NULL)), errorsOf(json));
    }

    @Test
    void aNullableUuidReadsNullAsNullAndRefusesAnythingButUuidText() throws Exception {
        assertEquals(ID, body("{}").nullableUuid("checklist", ID));
        assertNull(body("{\"checklist\": null}").nullableUuid("checklist", ID));
        assertEquals(ID, body("{\"checklist\": \"0f8fad5bd9cb469fa16570867728950e\"}").nullableUuid("checklist", null));
        JsonBody json = body("{\"a\": \"nope\", \"b\": 12345678901234567890123456789012}");
        json.nullableUuid("a", null);
        json.nullableUuid("b", null);
        assertEquals(Map.of("a", List.of("Must be a valid UUID."), "b", List.of("Must be a valid UUID.")),
                errorsOf(json));
    }

    @Test
    void nonNullTextRefusesNullWhereTextReadsItAsEmpty() throws Exception {
        assertEquals("", body("{\"u\": null}").text("u", 5, "x"));
        assertEquals("x", body("{}").nonNullText("u", 5, "x"));
        assertEquals("jd", body("{\"u\": \"jd\"}").nonNullText("u", 5, "x"));
        JsonBody json = body("{\"a\": null, \"b\": 5, \"c\": \"toolong\", \"d\": \"a\\u0001\"}");
        json.nonNullText("a", 5, "x");
        json.nonNullText("b", 5, "x");
        json.nonNullText("c", 5, "x");
        json.nonNullText("d", 5, "x");
        assertEquals(Map.of("a", List.of(JsonBody.NOT_NULL), "b", List.of("Not a valid string."), "c",
                List.of("Ensure this field has no more than 5 characters."), "d",
                List.of("Control characters are not allowed.")), errorsOf(json));
    }

    @Test
    void requiredTextTrimsAndTellsAbsentFromNull() throws Exception {
        assertEquals("Name", body("{\"name\": \" Name \"}").requiredText("name", 10));
        JsonBody json = body("{\"b\": null, \"c\": 5}");
        json.requiredText("a", 10);
        json.requiredText("b", 10);
        json.requiredText("c", 10);
        assertEquals(Map.of("a", List.of(FieldErrors.REQUIRED), "b", List.of(JsonBody.NOT_NULL), "c",
                List.of("Not a valid string.")), errorsOf(json));
    }
}
