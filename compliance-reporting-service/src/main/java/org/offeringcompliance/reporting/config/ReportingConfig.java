package org.offeringcompliance.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reporting service (application.properties, prefix "reporting"). */
@ConfigMapping(prefix = "reporting")
public interface ReportingConfig {

    /** The schema holding the live read models; every connection's search_path. */
    @WithDefault("reporting")
    String schema();

    Rebuild rebuild();

    interface Rebuild {

        /** The schema a rebuild fills from the topics before it is swapped in as {@link #schema()}. */
        @WithDefault("reporting_rebuild")
        String shadowSchema();

        /** Events applied per transaction while replaying; a failing batch is retried one event at a time. */
        @WithDefault("500")
        int batchSize();
    }
}
