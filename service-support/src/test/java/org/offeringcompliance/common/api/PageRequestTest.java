package org.offeringcompliance.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToFirstPageOfTen() {
        assertEquals(new PageRequest(1, 10), PageRequest.of(null, null));
    }

    @Test
    void clampsPageSizeTo300() {
        assertEquals(300, PageRequest.of("1", "5000").size());
    }

    @Test
    void rejectsNonNumbersAndZero() {
        assertEquals(400, assertThrows(ApiException.class, () -> PageRequest.of("x", null)).status());
        assertEquals(400, assertThrows(ApiException.class, () -> PageRequest.of("0", null)).status());
        assertEquals(400, assertThrows(ApiException.class, () -> PageRequest.of("1", "-3")).status());
    }

    @Test
    void pagePastTheEndIsNotFoundButAnEmptyFirstPageIsFine() {
        PageRequest.of("1", "10").checkWithin(0);
        PageRequest.of("2", "10").checkWithin(11);
        assertEquals(404, assertThrows(ApiException.class, () -> PageRequest.of("3", "10").checkWithin(20)).status());
    }

    @Test
    void aPageFarPastAnyListIsA404NotAnOverflow() {
        PageRequest far = PageRequest.of("10000000", "300");
        assertEquals(true, far.offset() > 0 && far.offset() + far.size() > 0, "no int overflow");
        assertEquals(404, assertThrows(ApiException.class, () -> far.checkWithin(1_000_000)).status());
    }
}
