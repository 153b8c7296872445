package org.offeringcompliance.checklist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.checklist.rules.QuestionType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

class AnswerCellsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RED = "0f8fad5bd9cb469fa16570867728950e";
    static final String GREEN = "1f8fad5bd9cb469fa16570867728950e";
    static final String BLUE = "2f8fad5bd9cb469fa16570867728950e";
    static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put(RED, "Red");
        OPTIONS.put(GREEN, "Green");
        OPTIONS.put(BLUE, "Blue");
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void selectAnswersAreTheirOptionsLabelsInTheOptionsOrder() throws Exception {
        assertEquals("Red; Blue", AnswerCells.cell(QuestionType.MULTI_SELECT,
                json("[\"" + BLUE + "\", \"0F8FAD5B-D9CB-469F-A165-70867728950E\"]"), OPTIONS));
        assertEquals("Green", AnswerCells.cell(QuestionType.SINGLE_SELECT, json("[\"" + GREEN + "\"]"), OPTIONS));
        // An option deleted since the answer: its uuid, after the labels.
        String gone = "3f8fad5bd9cb469fa16570867728950e";
        assertEquals("Red; " + gone, AnswerCells.cell(QuestionType.MULTI_SELECT,
                json("[\"" + gone + "\", \"" + RED + "\"]"), OPTIONS));
    }

    @Test
    void booleansAndNumbersAreTypedOtherAnswersAreTheirText() throws Exception {
        assertEquals(Boolean.TRUE, AnswerCells.cell(QuestionType.BOOLEAN, json("true"), Map.of()));
        assertEquals(new BigDecimal("7.5"), AnswerCells.cell(QuestionType.NUMBER, json("7.5"), Map.of()));
        assertEquals(new BigDecimal("2024"), AnswerCells.cell(QuestionType.YEAR, json("2024"), Map.of()));
        assertEquals(new BigDecimal("4"), AnswerCells.cell(QuestionType.RATING, json("4"), Map.of()));
        assertEquals("2024-01-15", AnswerCells.cell(QuestionType.DATE, json("\"2024-01-15\""), Map.of()));
        assertEquals("EE", AnswerCells.cell(QuestionType.COUNTRY, json("\"EE\""), Map.of()));
        assertEquals("line 1\nline 2", AnswerCells.cell(QuestionType.TEXT_AREA, json("\"line 1\\nline 2\""), Map.of()));
        assertNull(AnswerCells.cell(QuestionType.TEXT_INPUT, null, Map.of()));
        assertNull(AnswerCells.cell(QuestionType.TEXT_INPUT, NullNode.getInstance(), Map.of()));
    }
}
