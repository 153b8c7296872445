package org.offeringcompliance.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares two JSON documents by shape: the same field names at every level and the same JSON types. A null on
 * either side matches any type (nullable fields), and numbers match numbers. Used against golden event samples.
 */
public final class JsonShape {

    private JsonShape() {}

    /** The differences, empty when the shapes agree. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            out.add(path + ": expected " + expected.getNodeType() + " but was " + actual.getNodeType());
            return;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!expected.has(name)) {
                    out.add(path + "." + name + ": not in the sample");
                } else if (!actual.has(name)) {
                    out.add(path + "." + name + ": missing");
                } else {
                    compare(path + "." + name, expected.get(name), actual.get(name), out);
                }
            }
        } else if (expected.isArray() && expected.size() > 0) {
            Iterator<JsonNode> items = actual.elements();
            while (items.hasNext()) {
                compare(path + "[]", expected.get(0), items.next(), out);
            }
        }
    }
}
