package org.offeringcompliance.marketplace.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.testing.GoldenSamples;

/** The AsyncAPI document names every event type that has a golden sample, under its topic. */
class AsyncApiTest {

    @Test
    void everyEmittedTypeIsDocumented() throws IOException {
        String asyncApi = Files.readString(Path.of("src/main/asyncapi/asyncapi.yaml"));
        List<String> types;
        try (var files = Files.list(GoldenSamples.DIR)) {
            types = files.map(f -> f.getFileName().toString().replace(".json", "")).toList();
        }
        assertTrue(types.size() >= 13, "samples found: " + types);
        for (String type : types) {
            assertTrue(asyncApi.contains("    " + type + ":\n      name: " + type), type + " is not documented");
        }
        for (String topic : List.of(Topics.CUSTOMERS, Topics.OFFERINGS, Topics.OFFERING_USERS)) {
            assertTrue(asyncApi.contains("    address: " + topic), topic + " is not documented");
        }
    }
}
