package org.offeringcompliance.checklist.marketplace;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.offeringcompliance.checklist.completion.CompletionLifecycle;
import org.offeringcompliance.checklist.marketplace.MarketplaceEventData.OfferingUserData;
import org.offeringcompliance.common.api.ApiException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An offering user this service has not heard of yet (its events are on their way) is asked of the marketplace and
 * applied exactly as its "created" event will be, completion included, so that every endpoint answers for it right
 * after the marketplace acknowledged it (RULES.md, Integrity). The event, when it comes, changes nothing.
 */
@ApplicationScoped
public class OfferingUserReadThrough {

    private static final Logger LOG = Logger.getLogger(OfferingUserReadThrough.class);

    @Inject
    @RestClient
    MarketplaceClient marketplace;

    @Inject
    JsonWebToken accessToken;

    @Inject
    MarketplaceProjection projection;

    @Inject
    CompletionLifecycle lifecycle;

    /** The offering user as the marketplace knows it, now projected here; null when it does not exist for the caller. */
    public OfferingUserRef fetch(UUID offeringUser) {
        OfferingUserData data;
        try {
            data = marketplace.offeringUser(offeringUser.toString(), "Bearer " + accessToken.getRawToken());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 401 || status == 403) {
                return null;
            }
            LOG.warnf("marketplace lookup of offering user %s answered %d", offeringUser, status);
            throw unavailable();
        } catch (RuntimeException e) {
            LOG.warnf("marketplace lookup of offering user %s failed: %s", offeringUser, e.toString());
            throw unavailable();
        }
        try {
            return apply(data);
        } catch (PersistenceException raceWithTheConsumer) {
            return apply(data); // the event was applied meanwhile: this time it is found
        }
    }

    private OfferingUserRef apply(OfferingUserData data) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OfferingUserRef ref = projection.applyOfferingUser("marketplace.offering_user.created", data);
            if (ref == null) {
                return OfferingUserRef.live(data.offeringUser()); // a newer version or a tombstone is here already
            }
            OfferingUserRef.getEntityManager().flush();
            if (data.checklist() != null) {
                projection.trustChecklists(Map.of(ref.offeringUuid, data.checklist()));
            }
            lifecycle.ensureCurrent(List.of(ref));
            return ref;
        });
    }

    private static ApiException unavailable() {
        return new ApiException(503, "The marketplace is unavailable, try again later.");
    }
}
