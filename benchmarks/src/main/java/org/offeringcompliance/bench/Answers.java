package org.offeringcompliance.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offeringcompliance.bench.Dataset.Question;

/** Valid answers for every question type, and the submit_answers bodies the seeder and the benchmark send. */
final class Answers {

    static final List<String> TYPES = List.of("text_input", "text_area", "boolean", "number", "single_select",
            "multi_select", "date", "datetime", "email", "url", "phone_number", "country", "year", "rating");

    private Answers() {}

    static Object valueFor(Question question, long seed) {
        return switch (question.type) {
            case "text_input", "text_area" -> "Answer " + seed;
            case "boolean" -> seed % 2 == 0;
            case "number" -> seed % 1000;
            case "single_select" -> List.of(question.options.get((int) (seed % question.options.size())));
            case "multi_select" -> question.options.subList(0, 1 + (int) (seed % question.options.size()));
            case "date" -> "2026-0" + (1 + seed % 9) + "-15";
            case "datetime" -> "2026-05-15T10:30:00Z";
            case "email" -> "user" + seed + "@example.org";
            case "url" -> "https://example.org/" + seed;
            case "phone_number" -> "+372 555 " + (1000 + seed % 9000);
            case "country" -> List.of("EE", "FI", "DE", "FR", "NL").get((int) (seed % 5));
            case "year" -> 2000 + seed % 26;
            case "rating" -> 1 + seed % 5;
            default -> throw new IllegalArgumentException("unknown question type " + question.type);
        };
    }

    /** The first {@code count} questions of a checklist answered. */
    static List<Map<String, Object>> body(List<Question> questions, int count, long seed) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Question question : questions.subList(0, Math.min(count, questions.size()))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("question_uuid", question.uuid);
            item.put("answer_data", valueFor(question, seed + items.size()));
            items.add(item);
        }
        return items;
    }
}
