package org.offeringcompliance.checklist.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares two JSON documents by shape, not by value: the same field names at every level and the same JSON type
 * (object, array, string, number, boolean, null) for each. Array elements are compared with the sample's first element.
 */
final class JsonShapes {

    private JsonShapes() {}

    /** The differences, as "path: what"; empty when the shapes match. */
    static List<String> differences(JsonNode sample, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", sample, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode sample, JsonNode actual, List<String> differences) {
        if (sample.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": " + sample.getNodeType() + " in the sample, " + actual.getNodeType() + " emitted");
            return;
        }
        if (sample.isObject()) {
            Set<String> expected = names(sample);
            Set<String> emitted = names(actual);
            if (!expected.equals(emitted)) {
                differences.add(path + ": fields " + expected + " in the sample, " + emitted + " emitted");
            }
            expected.stream().filter(emitted::contains)
                    .forEach(name -> compare(path + "." + name, sample.get(name), actual.get(name), differences));
        } else if (sample.isArray() && !sample.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", sample.get(0), actual.get(i), differences);
            }
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
