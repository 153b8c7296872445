package org.offeringcompliance.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void plainShortIdsAreKept() {
        for (String id : new String[]{"abc", "0f8fad5b-d9cb-469f-a165-70867728950e", "req:1.2_3", "YWJj+/=", "x".repeat(128)}) {
            assertEquals(id, RequestIds.accept(id));
        }
    }

    @Test
    void missingLongOrStrangeIdsAreReplacedByAUuid() {
        for (String id : new String[]{null, "", "x".repeat(129), "a b", "a\r\nSet-Cookie: x", "<b>", "ünï"}) {
            String accepted = RequestIds.accept(id);
            assertNotEquals(id, accepted);
            UUID.fromString(accepted);
        }
    }
}
