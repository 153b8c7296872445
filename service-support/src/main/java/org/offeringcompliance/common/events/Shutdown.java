package org.offeringcompliance.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Set as soon as the application starts stopping, before the persistence unit closes. A consumer that fails then must
 * not send its records to the dead-letter topic: left unacknowledged, they are delivered again after the restart.
 */
@ApplicationScoped
public class Shutdown {

    private static volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping(true);
    }

    static void stopping(boolean value) {
        stopping = value;
    }

    public static boolean inProgress() {
        return stopping;
    }
}
