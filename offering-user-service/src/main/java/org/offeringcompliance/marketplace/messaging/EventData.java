package org.offeringcompliance.marketplace.messaging;

import java.time.Instant;

import org.offeringcompliance.marketplace.offering.CompliancePolicy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The data of each marketplace event (the envelope is in EventEnvelope). All uuids are 32-character hex. */
public final class EventData {

    private EventData() {}

    public record CustomerData(@JsonProperty("customer_uuid") String customerUuid, String name, Instant created,
            Instant modified) {}

    public record ServiceProviderData(@JsonProperty("service_provider_uuid") String serviceProviderUuid,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("customer_name") String customerName,
            Instant created) {}

    public record RoleData(@JsonProperty("customer_uuid") String customerUuid,
            @JsonProperty("user_uuid") String userUuid, String username, @JsonProperty("full_name") String fullName,
            String email, String role) {}

    public record OfferingData(@JsonProperty("offering_uuid") String offeringUuid, String name, String description,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("customer_name") String customerName,
            @JsonProperty("compliance_checklist") String complianceChecklist,
            @JsonProperty("previous_compliance_checklist") String previousComplianceChecklist,
            @JsonProperty("compliance_policy") CompliancePolicy compliancePolicy, long version, Instant created,
            Instant modified) {}

    public record OfferingUserData(@JsonProperty("offering_user_uuid") String offeringUserUuid,
            @JsonProperty("offering_uuid") String offeringUuid, @JsonProperty("offering_name") String offeringName,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("user_uuid") String userUuid,
            String username, @JsonProperty("user_full_name") String userFullName,
            @JsonProperty("user_email") String userEmail, String state,
            @JsonProperty("is_restricted") boolean restricted,
            @JsonProperty("compliance_checklist") String complianceChecklist, long version, Instant created,
            Instant modified) {}
}
