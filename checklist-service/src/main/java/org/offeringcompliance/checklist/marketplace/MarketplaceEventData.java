package org.offeringcompliance.checklist.marketplace;

import java.util.UUID;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of the marketplace's events (see its AsyncAPI document) that this service uses; uuids are hex. */
public final class MarketplaceEventData {

    private MarketplaceEventData() {}

    static UUID uuid(String hex) {
        return hex == null ? null : Uuids.tryParse(hex).orElseThrow(() -> new IllegalArgumentException("bad uuid " + hex));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferingData(@JsonProperty("offering_uuid") String offeringUuid,
            @JsonProperty("compliance_checklist") String complianceChecklist, long version) {

        UUID offering() {
            return uuid(offeringUuid);
        }

        UUID checklist() {
            return uuid(complianceChecklist);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferingUserData(@JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_uuid") String offeringUuid, @JsonProperty("customer_uuid") String customerUuid,
            @JsonProperty("user_uuid") String userUuid, String username,
            @JsonProperty("user_full_name") String userFullName, @JsonProperty("user_email") String userEmail,
            @JsonProperty("compliance_checklist") String complianceChecklist, long version) {

        UUID offeringUser() {
            return uuid(offeringUserUuid);
        }

        UUID checklist() {
            return uuid(complianceChecklist);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleData(@JsonProperty("customer_uuid") String customerUuid, @JsonProperty("user_uuid") String userUuid,
            String role) {}
}
