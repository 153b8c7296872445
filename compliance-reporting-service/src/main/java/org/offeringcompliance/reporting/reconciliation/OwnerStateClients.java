package org.offeringcompliance.reporting.reconciliation;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.offeringcompliance.common.reconciliation.OwnerPages.Page;
import org.offeringcompliance.reporting.messaging.EventData.CompletionData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingData;
import org.offeringcompliance.reporting.messaging.EventData.OfferingUserData;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The owners' current state, a page at a time in uuid order, with this service's own token. */
public final class OwnerStateClients {

    private OwnerStateClients() {}

    @RegisterRestClient(configKey = "marketplace-state")
    @OidcClientFilter
    @Path("/internal/state")
    public interface Marketplace {

        @GET
        @Path("offerings")
        Page<OfferingData> offerings(@QueryParam("after") String after);

        @GET
        @Path("offering-users")
        Page<OfferingUserData> offeringUsers(@QueryParam("after") String after);

        /** Those of these offering users that exist now. */
        @GET
        @Path("offering-users")
        Page<OfferingUserData> existing(@QueryParam("uuid") List<String> uuids);
    }

    @RegisterRestClient(configKey = "checklist-state")
    @OidcClientFilter
    @Path("/internal/state")
    public interface Checklists {

        @GET
        @Path("completions")
        Page<CompletionData> completions(@QueryParam("after") String after);

        /** Those of these completions that exist now. */
        @GET
        @Path("completions")
        Page<CompletionData> existing(@QueryParam("uuid") List<String> uuids);
    }
}
