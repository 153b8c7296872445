package org.offeringcompliance.checklist.rules;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/** single_select and multi_select answers: arrays of option uuids, hex or hyphenated, of this very question. */
public final class SelectAnswers {

    private SelectAnswers() {}

    static boolean isSingleChoice(JsonNode answer, Set<String> optionUuids) {
        return answer.isArray() && answer.size() == 1 && isOption(answer.get(0), optionUuids).isPresent();
    }

    /** At least one choice: "nothing selected" is expressed by deleting the answer (null), not by []. */
    static boolean isMultiChoice(JsonNode answer, Set<String> optionUuids) {
        if (!answer.isArray() || answer.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode element : answer) {
            Optional<String> option = isOption(element, optionUuids);
            if (option.isEmpty() || !seen.add(option.get())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value with every uuid string (bare, or inside an array) in canonical hex form; anything else unchanged. Store
     * select answers and select review values this way so that operators compare like with like.
     */
    public static JsonNode canonical(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return HexIds.parse(value.textValue()).<JsonNode>map(TextNode::valueOf).orElse(value);
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(value.size());
            value.forEach(element -> copy.add(canonical(element)));
            return copy;
        }
        return value;
    }

    private static Optional<String> isOption(JsonNode element, Set<String> optionUuids) {
        if (element == null || !element.isTextual()) {
            return Optional.empty();
        }
        return HexIds.parse(element.textValue()).filter(optionUuids::contains);
    }
}
