package org.offeringcompliance.checklist.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameFieldsAndTypesMatchWhateverTheValues() {
        assertTrue(JsonShapes.differences(json("{'a': 1, 'b': {'c': 'x'}, 'd': [{'e': true}]}"),
                json("{'d': [{'e': false}, {'e': true}], 'b': {'c': 'y'}, 'a': 2.5}")).isEmpty());
        assertTrue(JsonShapes.differences(json("{'a': [1]}"), json("{'a': []}")).isEmpty());
    }

    @Test
    void missingExtraOrRetypedFieldsDiffer() {
        assertEquals(List.of("$: fields [a, b] in the sample, [a] emitted"),
                JsonShapes.differences(json("{'a': 1, 'b': 2}"), json("{'a': 1}")));
        assertEquals(List.of("$: fields [a] in the sample, [a, z] emitted"),
                JsonShapes.differences(json("{'a': 1}"), json("{'a': 1, 'z': 2}")));
        assertEquals(List.of("$.a: NUMBER in the sample, STRING emitted"),
                JsonShapes.differences(json("{'a': 1}"), json("{'a': '1'}")));
        assertEquals(List.of("$.a: STRING in the sample, NULL emitted"),
                JsonShapes.differences(json("{'a': 'x'}"), json("{'a': null}")));
        assertEquals(List.of("$.a[1].b: BOOLEAN in the sample, NUMBER emitted"),
                JsonShapes.differences(json("{'a': [{'b': true}]}"), json("{'a': [{'b': true}, {'b': 0}]}")));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
