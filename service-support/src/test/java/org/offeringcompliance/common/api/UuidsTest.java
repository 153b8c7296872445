package org.offeringcompliance.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class UuidsTest {

    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void writesLowercaseHexWithoutHyphens() {
        assertEquals("0f8fad5bd9cb469fa16570867728950e", Uuids.hex(ID));
    }

    @Test
    void readsHexAndHyphenatedAlike() {
        assertEquals(ID, Uuids.parse("user", "0f8fad5bd9cb469fa16570867728950e"));
        assertEquals(ID, Uuids.parse("user", "0F8FAD5B-D9CB-469F-A165-70867728950E"));
    }

    @Test
    void malformedInABodyIsAFieldError() {
        ApiException e = assertThrows(ApiException.class, () -> Uuids.parse("user", "not-a-uuid"));
        assertEquals(400, e.status());
        assertTrue(e.body().toString().contains("user"));
    }

    @Test
    void malformedInAPathIsNotFound() {
        assertEquals(404, assertThrows(ApiException.class, () -> Uuids.pathParam("123")).status());
        assertTrue(Uuids.tryParse("0f8fad5bd9cb469fa16570867728950").isEmpty(), "31 characters");
    }
}
