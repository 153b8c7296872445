package org.offeringcompliance.checklist.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.offeringcompliance.checklist.rules.HexIds;
import org.offeringcompliance.checklist.rules.QuestionType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An answer as one export cell: select answers as their options' labels (in the options' order, joined by "; "),
 * booleans and numbers typed, everything else as its text.
 */
final class AnswerCells {

    static final String LABEL_SEPARATOR = "; ";

    private AnswerCells() {}

    /** optionLabels: the question's options, label by canonical uuid, in the options' order. */
    static Object cell(QuestionType type, JsonNode answer, Map<String, String> optionLabels) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        return switch (type) {
            case SINGLE_SELECT, MULTI_SELECT -> labels(answer, optionLabels);
            case BOOLEAN -> answer.isBoolean() ? answer.booleanValue() : answer.asText();
            case NUMBER, YEAR, RATING -> answer.isNumber() ? answer.decimalValue() : answer.asText();
            default -> answer.isValueNode() ? answer.asText() : answer.toString();
        };
    }

    /** Chosen options by label; a uuid whose option has since been deleted is listed as it is, last. */
    private static String labels(JsonNode answer, Map<String, String> optionLabels) {
        Set<String> chosen = new LinkedHashSet<>();
        (answer.isArray() ? answer : List.of(answer)).forEach(e -> chosen.add(HexIds.canonical(e.asText())));
        List<String> labels = new ArrayList<>();
        optionLabels.forEach((uuid, label) -> {
            if (chosen.remove(uuid)) {
                labels.add(label);
            }
        });
        labels.addAll(chosen);
        return String.join(LABEL_SEPARATOR, labels);
    }
}
