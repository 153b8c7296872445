package org.offeringcompliance.reporting.rebuild;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a rebuild did: records read from the topics, events applied (first deliveries), records skipped. */
public record RebuildResult(String schema, long records, @JsonProperty("events_applied") long eventsApplied,
        @JsonProperty("records_skipped") long recordsSkipped, @JsonProperty("duration_ms") long durationMs) {}
