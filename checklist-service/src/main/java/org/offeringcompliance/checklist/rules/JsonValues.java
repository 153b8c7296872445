package org.offeringcompliance.checklist.rules;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON value helpers shared by the rules. */
final class JsonValues {

    private JsonValues() {}

    /** No answer: Java null, JSON null or a missing node. */
    static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** JSON equality, except that numbers compare by value (1 equals 1.0, an int equals a long). */
    static boolean same(JsonNode a, JsonNode b) {
        if (isAbsent(a) || isAbsent(b)) {
            return isAbsent(a) && isAbsent(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            return sameElements(a, b);
        }
        if (a.isObject() && b.isObject()) {
            return sameFields(a, b);
        }
        return a.equals(b);
    }

    /** The value as shown in error messages: compact JSON, but a string without its quotes. */
    static String display(JsonNode node) {
        if (node == null) {
            return "null";
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }

    private static boolean sameElements(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFields(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
