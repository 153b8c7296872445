package org.offeringcompliance.marketplace.offeringuser;

import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request and response bodies of /api/marketplace-offering-users/. */
public final class OfferingUserApi {

    private OfferingUserApi() {}

    public record OfferingUserRequest(String offering, String user, String username) {}

    public record OfferingUserResponse(String uuid, @JsonProperty("offering_uuid") String offeringUuid,
            @JsonProperty("offering_name") String offeringName, @JsonProperty("user_uuid") String userUuid,
            String username, @JsonProperty("user_full_name") String userFullName,
            @JsonProperty("user_email") String userEmail, String state,
            @JsonProperty("is_restricted") boolean restricted,
            @JsonProperty("has_compliance_checklist") boolean hasComplianceChecklist, Instant created,
            Instant modified) {

        static OfferingUserResponse of(OfferingUser ou) {
            return new OfferingUserResponse(Uuids.hex(ou.uuid), Uuids.hex(ou.offering.uuid), ou.offering.name,
                    Uuids.hex(ou.user.uuid), ou.username, ou.user.fullName, ou.user.email, ou.state, ou.restricted,
                    ou.offering.hasComplianceRequirements(), ou.created, ou.modified);
        }
    }
}
