package org.offeringcompliance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlCaptureTest {

    @Test
    void readsTheRequestsStatementsWithTheirParametersAndSkipsTheBackgroundOnes() {
        String log = """
                2026-11-23 18:00:00.001 UTC [1] LOG:  duration: 0.010 ms  statement: BEGIN
                2026-11-23 18:00:00.002 UTC [1] LOG:  duration: 0.100 ms  execute <unnamed>: select count(x) from t where a=$1 and b=$10
                2026-11-23 18:00:00.002 UTC [1] DETAIL:  parameters: $1 = 'f', $10 = 'it''s'
                2026-11-23 18:00:00.003 UTC [2] LOG:  duration: 0.050 ms  execute S_3: SELECT id, topic FROM outbox_event ORDER BY id LIMIT 200
                2026-11-23 18:00:00.004 UTC [1] LOG:  duration: 0.200 ms  execute S_1: select * from t offset $1 rows fetch first $2 rows only
                2026-11-23 18:00:00.004 UTC [1] DETAIL:  parameters: $1 = '0', $2 = '10'
                """;
        assertEquals(List.of("select count(x) from t where a='f' and b='it''s'",
                "select * from t offset '0' rows fetch first '10' rows only"), SqlCapture.statements(log));
    }

    @Test
    void nearestRankPercentiles() {
        List<Double> samples = List.of(5.0, 1.0, 4.0, 2.0, 3.0);
        assertEquals(3.0, Percentiles.of(samples, 50));
        assertEquals(5.0, Percentiles.of(samples, 99));
        assertEquals(0.0, Percentiles.of(List.of(), 99));
    }
}
