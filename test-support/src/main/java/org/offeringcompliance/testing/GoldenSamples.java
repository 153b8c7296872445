package org.offeringcompliance.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The golden samples of every event a service emits (its src/test/resources/events/TYPE.json), read by the consumers'
 * tests too. Run with -Devents.record=true to write missing samples from what the service emits.
 */
public final class GoldenSamples {

    public static final Path DIR = Path.of("src/test/resources/events");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenSamples() {}

    public static void assertMatches(JsonNode emitted) throws IOException {
        Path sample = DIR.resolve(emitted.get("type").asText() + ".json");
        if (!Files.exists(sample) && Boolean.getBoolean("events.record")) {
            Files.writeString(sample, JSON.writeValueAsString(emitted) + "\n");
        }
        assertTrue(Files.exists(sample), "no golden sample " + sample + " (record it with -Devents.record=true)");
        List<String> differences = JsonShape.differences(JSON.readTree(sample.toFile()), emitted);
        assertEquals(List.of(), differences, "event " + emitted.get("type") + " differs from " + sample);
    }

    /** The service's AsyncAPI document names every topic and every event type that has a golden sample. */
    public static void assertDocumentedIn(Path asyncApiFile, List<String> topics) throws IOException {
        String asyncApi = Files.readString(asyncApiFile);
        List<String> types;
        try (var files = Files.list(DIR)) {
            types = files.map(f -> f.getFileName().toString().replace(".json", "")).toList();
        }
        assertTrue(!types.isEmpty(), "no golden samples in " + DIR);
        for (String type : types) {
            assertTrue(asyncApi.contains("    " + type + ":\n      name: " + type), type + " is not documented");
        }
        for (String topic : topics) {
            assertTrue(asyncApi.contains("    address: " + topic), topic + " is not documented");
        }
    }
}
