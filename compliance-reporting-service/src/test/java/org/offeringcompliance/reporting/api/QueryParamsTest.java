package org.offeringcompliance.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.common.api.ApiException;

class QueryParamsTest {

    @Test
    void booleansAcceptTrueFalseOneZeroInAnyCase() {
        assertEquals(true, QueryParams.bool("b", "True"));
        assertEquals(false, QueryParams.bool("b", "0"));
        assertNull(QueryParams.bool("b", null));
        ApiException e = assertThrows(ApiException.class, () -> QueryParams.bool("is_completed", "yes"));
        assertEquals(400, e.status());
        assertEquals(Set.of("is_completed"), ((Map<?, ?>) e.body()).keySet());
    }

    @Test
    void instantsAcceptDateTimesWithOrWithoutOffsetAndDates() {
        assertEquals(Instant.parse("2024-01-15T10:30:00Z"), QueryParams.instant("t", "2024-01-15T10:30:00Z"));
        assertEquals(Instant.parse("2024-01-15T08:30:00Z"), QueryParams.instant("t", "2024-01-15T10:30:00+02:00"));
        assertEquals(Instant.parse("2024-01-15T10:30:00Z"), QueryParams.instant("t", "2024-01-15T10:30:00"));
        assertEquals(Instant.parse("2024-01-15T00:00:00Z"), QueryParams.instant("t", "2024-01-15"));
        assertThrows(ApiException.class, () -> QueryParams.instant("t", "15/01/2024"));
    }

    @Test
    void choicesAreCheckedAndUuidsParsed() {
        assertEquals("pending", QueryParams.choice("s", "pending", Set.of("pending")));
        assertThrows(ApiException.class, () -> QueryParams.choice("s", "done", Set.of("pending")));
        assertEquals(QueryParams.uuid("u", "0123456789abcdef0123456789abcdef"),
                QueryParams.uuid("u", "01234567-89ab-cdef-0123-456789abcdef"));
        assertThrows(ApiException.class, () -> QueryParams.uuid("u", "nope"));
    }
}
