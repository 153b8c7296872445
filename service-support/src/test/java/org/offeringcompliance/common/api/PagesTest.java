package org.offeringcompliance.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void readsThePageFromItsOffsetAndKeepsTheTotalThroughAMapping() {
        Pages<Integer> page = Pages.of(PageRequest.of("2", "10"), 25, (first, max) -> List.of(first, max));
        assertEquals(List.of(10, 10), page.items());
        Pages<String> mapped = page.map(String::valueOf);
        assertEquals(List.of("10", "10"), mapped.items());
        assertEquals(25, mapped.total());
        assertEquals(List.of(2), page.mapAll(items -> List.of(items.size())).items());
    }

    @Test
    void aPagePastTheEndIsA404AndReadsNoRows() {
        ApiException e = assertThrows(ApiException.class,
                () -> Pages.of(PageRequest.of("3", "10"), 20, (first, max) -> fail("read rows")));
        assertEquals(404, e.status());
    }
}
