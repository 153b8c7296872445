package org.offeringcompliance.e2e.fuzz;

import java.util.List;
import java.util.Map;

/** The JSON body an operation takes: an object of fields, or (submit_answers) an array of such objects. */
record BodySpec(Shape shape, List<Field> fields) {

    enum Shape {
        OBJECT, ARRAY_OF_OBJECTS
    }

    static final BodySpec EMPTY_OBJECT = new BodySpec(Shape.OBJECT, List.of());

    /** The members of a valid body: each field that has a valid value. */
    List<Map.Entry<String, String>> validMembers() {
        return fields.stream().filter(f -> f.valid() != null).map(f -> Map.entry(f.name(), f.valid())).toList();
    }

    /** The body text around an object of the given members. */
    String wrap(String object) {
        return shape == Shape.ARRAY_OF_OBJECTS ? "[" + object + "]" : object;
    }

    String valid() {
        return wrap(Json.object(validMembers()));
    }
}
