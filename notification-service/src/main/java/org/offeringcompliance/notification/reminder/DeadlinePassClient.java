package org.offeringcompliance.notification.reminder;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.offeringcompliance.notification.reminder.ChecklistDeadlines.RunRequest;

/**
 * Runs the checklist service's deadline pass as if at a moment, so states (overdue, expired) and the reports follow a
 * catch-up or a test's `now`. Reminders do not depend on it: an outage is logged and the pass goes on.
 */
@ApplicationScoped
public class DeadlinePassClient {

    private static final Logger LOG = Logger.getLogger(DeadlinePassClient.class);

    @Inject
    @RestClient
    ChecklistDeadlines checklist;

    public void run(Instant now) {
        try {
            checklist.run(new RunRequest(now));
        } catch (RuntimeException e) {
            LOG.warnf("the checklist service's deadline pass at %s failed: %s", now, e.toString());
        }
    }
}
