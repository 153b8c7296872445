package org.offeringcompliance.checklist.marketplace;

import java.time.Instant;
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
    public record OfferingData(@JsonProperty("offering_uuid") String offeringUuid, String name,
            @JsonProperty("customer_uuid") String customerUuid,
            @JsonProperty("compliance_checklist") String complianceChecklist,
            @JsonProperty("compliance_policy") PolicyData policy, long version, Instant modified) {

        UUID customer() {
            return uuid(customerUuid);
        }

        UUID offering() {
            return uuid(offeringUuid);
        }

        UUID checklist() {
            return uuid(complianceChecklist);
        }
    }

    /** The parts of an offering's compliance policy that set deadlines (the notification service reads the rest). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PolicyData(@JsonProperty("due_days") Integer dueDays,
            @JsonProperty("recertify_every_days") Integer recertifyEveryDays,
            @JsonProperty("grace_days") Integer graceDays) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferingUserData(@JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_uuid") String offeringUuid, @JsonProperty("customer_uuid") String customerUuid,
            @JsonProperty("user_uuid") String userUuid, String username,
            @JsonProperty("user_full_name") String userFullName, @JsonProperty("user_email") String userEmail,
            @JsonProperty("compliance_checklist") String complianceChecklist, long version, Instant created) {

        UUID offeringUser() {
            return uuid(offeringUserUuid);
        }

        UUID checklist() {
            return uuid(complianceChecklist);
        }
    }

    /** marketplace.service_provider.created */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceProviderData(@JsonProperty("service_provider_uuid") String serviceProviderUuid,
            @JsonProperty("customer_uuid") String customerUuid) {

        UUID provider() {
            return uuid(serviceProviderUuid);
        }

        UUID customer() {
            return uuid(customerUuid);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleData(@JsonProperty("customer_uuid") String customerUuid, @JsonProperty("user_uuid") String userUuid,
            String role) {}
}
