package org.offeringcompliance.e2e.fuzz;

import java.util.Map;
import java.util.TreeMap;

/** What the run did, for the summary that says how many cases ran. */
final class FuzzStats {

    private final Map<String, Long> casesByFamily = new TreeMap<>();
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private long requests;
    private long throttled;
    private long unsendable;
    private long refusedWritesChecked;
    private long refusedWritesDrifting;
    private long bareCodecRefusals;

    void request() {
        requests++;
    }

    void throttled() {
        throttled++;
    }

    /** java.net.http would not send the drawn request (an invalid header value, say); another is drawn. */
    void unsendable() {
        unsendable++;
    }

    void answered(String family, int status) {
        casesByFamily.merge(family, 1L, Long::sum);
        statuses.merge(status, 1L, Long::sum);
    }

    void refusedWriteChecked() {
        refusedWritesChecked++;
    }

    /** The views moved although the write was refused, but not when it was sent again: something else wrote. */
    void refusedWriteDrifting() {
        refusedWritesDrifting++;
    }

    /** 414 or 431 from the HTTP codec, before any handler could write JSON. */
    void bareCodecRefusal() {
        bareCodecRefusals++;
    }

    long cases() {
        return casesByFamily.values().stream().mapToLong(Long::longValue).sum();
    }

    String summary(long seed, int throwaways) {
        return String.format("FuzzIT: %d cases ran %s; %d requests sent (cases and snapshot reads; the setup and %d "
                + "throwaway objects for DELETE not counted); case statuses %s; 429 throttled: %d; refused writes "
                + "checked for changes: %d (inconclusive, views moving: %d); 414/431 from the HTTP codec without JSON: "
                + "%d; drawn but unsendable by java.net.http: %d; seed %d (rerun with -Dfuzz.seed=%d)", cases(),
                casesByFamily, requests, throwaways, statuses, throttled, refusedWritesChecked, refusedWritesDrifting,
                bareCodecRefusals,
                unsendable, seed, seed);
    }
}
