package org.offeringcompliance.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hostile bodies for one operation, each starting from a valid one: a field made hostile, an unknown field added, a field
 * left out or given twice, the whole body replaced, another content type, sent chunked, or past the 1 MiB limit.
 */
final class BodyMutations {

    /** A body as sent; contentType null sends no Content-Type header. */
    record Body(byte[] bytes, String contentType, boolean chunked, String note) {

        static Body json(String text, String note) {
            return new Body(Json.utf8(text), "application/json", false, note);
        }
    }

    static final int LIMIT = 1_048_576;
    private static final List<String> UNKNOWN_NAMES = List.of("unknown", "uuid", "id", "created", "modified", "version",
            "customer_uuid", "is_staff", "__proto__", "constructor", "", "\u0000", "\ud800", "a".repeat(1_000));

    private final HostileValues hostile;

    BodyMutations(HostileValues hostile) {
        this.hostile = hostile;
    }

    Body valid(BodySpec spec) {
        return Body.json(spec.valid(), "a valid body");
    }

    Gen<Body> hostile(BodySpec spec) {
        Gen.Frequency<Body> gen = Gen.<Body>frequency().add(8, unknownField(spec)).add(5, duplicateKey(spec))
                .add(20, wholeBody(spec)).add(12, contentType(spec)).add(3, Gen.constant(valid(spec)))
                .add(3, chunked(spec)).add(3, oversize(spec));
        if (!spec.fields().isEmpty()) {
            gen.add(40, hostileField(spec)).add(7, missingField(spec));
        }
        if (spec.shape() == BodySpec.Shape.ARRAY_OF_OBJECTS) {
            gen.add(10, arrayOfItems(spec));
        }
        return gen;
    }

    private Gen<Body> hostileField(BodySpec spec) {
        return Gen.of(spec.fields()).flatMap(field -> hostile.valueFor(field).map(value -> Body.json(
                spec.wrap(Json.object(replaced(spec.validMembers(), field.name(), value))),
                field.name() + " := " + value)));
    }

    private Gen<Body> unknownField(BodySpec spec) {
        Gen<String> value = Gen.oneOf(hostile.text(null).map(Json::string), hostile.numbers(null, null),
                Gen.of("null", "true", "{}", "[]", "\"00000000000000000000000000000000\""));
        return Gen.of(UNKNOWN_NAMES).flatMap(name -> value.map(v -> {
            List<Map.Entry<String, String>> members = new ArrayList<>(spec.validMembers());
            members.add(Map.entry(name, v));
            return Body.json(spec.wrap(Json.object(members)), "unknown field " + Json.string(name) + " := " + v);
        }));
    }

    private Gen<Body> missingField(BodySpec spec) {
        return Gen.of(spec.validMembers().isEmpty()
                ? List.of("")
                : spec.validMembers().stream().map(Map.Entry::getKey)
                        .toList())
                .map(name -> Body.json(spec.wrap(Json.object(spec.validMembers().stream()
                        .filter(m -> !m.getKey().equals(name)).toList())), "without " + name));
    }

    /** The same key twice, the hostile value first or last: which one wins must not matter for safety. */
    private Gen<Body> duplicateKey(BodySpec spec) {
        List<Field> fields = spec.fields().isEmpty() ? List.of(Field.text("name", 255, "x")) : spec.fields();
        return Gen.of(fields).flatMap(field -> hostile.valueFor(field).flatMap(value -> Gen.chance(0.5).map(last -> {
            List<Map.Entry<String, String>> members = new ArrayList<>(spec.validMembers());
            String valid = field.valid() == null ? "\"x\"" : field.valid();
            members.add(Map.entry(field.name(), last ? value : valid));
            members.add(0, Map.entry(field.name(), last ? valid : value));
            return Body.json(spec.wrap(Json.object(members)), "duplicate key " + field.name() + " with " + value);
        })));
    }

    private Gen<Body> wholeBody(BodySpec spec) {
        return hostile.rawBodies(spec).map(bytes -> new Body(bytes, "application/json", false, "the whole body replaced"));
    }

    private Gen<Body> contentType(BodySpec spec) {
        return hostile.contentType().map(type -> new Body(Json.utf8(spec.valid()), type, false,
                "a valid body as Content-Type " + (type == null ? "(none)" : "'" + type + "'")));
    }

    private Gen<Body> chunked(BodySpec spec) {
        return Gen.oneOf(Gen.constant(Json.utf8(spec.valid())), hostile.rawBodies(spec))
                .map(bytes -> new Body(bytes, "application/json", true, "chunked, no Content-Length"));
    }

    /** Bodies at the limit, one byte past it, and far past it; declared or chunked. */
    private Gen<Body> oversize(BodySpec spec) {
        String name = spec.fields().isEmpty() ? "name" : spec.fields().get(0).name();
        return Gen.of(LIMIT, LIMIT + 1, 2 * LIMIT).flatMap(size -> Gen.chance(0.3).map(chunked -> {
            String shell = spec.wrap(Json.object(List.of(Map.entry(name, "\"\""))));
            int fill = size - Json.utf8(shell).length;
            String text = shell.replace("\"\"", "\"" + "a".repeat(fill) + "\"");
            return new Body(Json.utf8(text), "application/json", chunked, size + " bytes" + (chunked ? ", chunked" : ""));
        }));
    }

    /** For submit_answers: no items, items that are not objects, one question answered twice, many items. */
    private Gen<Body> arrayOfItems(BodySpec spec) {
        String item = Json.object(spec.validMembers());
        Gen<String> many = random -> "[" + (item + ",").repeat(5_000) + item + "]";
        return Gen.oneOf(Gen.of("[]", "[[]]", "[null]", "[1]", "[\"a\"]", item, "[" + item + "," + item + "]", "[{}]",
                "[" + item + ",{}]"), many).map(text -> Body.json(text, "items: " + text));
    }

    private static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> members, String name,
            String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        boolean found = false;
        for (Map.Entry<String, String> member : members) {
            found |= member.getKey().equals(name);
            out.add(member.getKey().equals(name) ? Map.entry(name, value) : member);
        }
        if (!found) {
            out.add(Map.entry(name, value));
        }
        return out;
    }
}
