package org.offeringcompliance.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OrderingTest {

    private static final Map<String, String> COLUMNS = Map.of("modified", "c.modified", "is_completed", "c.completed");

    @Test
    void usesTheDefaultWhenAbsent() {
        assertEquals("c.modified DESC, c.id", Ordering.toSql(null, COLUMNS, "-modified", "c.id"));
    }

    @Test
    void combinesFieldsInOrder() {
        assertEquals("c.completed, c.modified DESC, c.id",
                Ordering.toSql("is_completed,-modified", COLUMNS, "-modified", "c.id"));
    }

    @Test
    void unknownFieldIsABadRequest() {
        ApiException e = assertThrows(ApiException.class, () -> Ordering.toSql("password", COLUMNS, "-modified", "c.id"));
        assertEquals(400, e.status());
    }
}
