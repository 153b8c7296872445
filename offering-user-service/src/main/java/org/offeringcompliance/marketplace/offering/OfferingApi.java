package org.offeringcompliance.marketplace.offering;

import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request and response bodies of the offering endpoints. */
public final class OfferingApi {

    private OfferingApi() {}

    public record OfferingRequest(String name, String description, String customer) {}

    public record OfferingResponse(String uuid, String name, String description,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("customer_name") String customerName,
            @JsonProperty("compliance_checklist") String complianceChecklist,
            @JsonProperty("has_compliance_requirements") boolean hasComplianceRequirements, Instant created,
            Instant modified) {

        static OfferingResponse of(Offering o) {
            return new OfferingResponse(Uuids.hex(o.uuid), o.name, o.description, Uuids.hex(o.customer.uuid),
                    o.customer.name, Uuids.hex(o.complianceChecklist), o.hasComplianceRequirements(), o.created,
                    o.modified);
        }
    }

    public record PublicOfferingResponse(String uuid, String name, String description,
            @JsonProperty("customer_uuid") String customerUuid, @JsonProperty("customer_name") String customerName,
            @JsonProperty("has_compliance_requirements") boolean hasComplianceRequirements, Instant created) {

        static PublicOfferingResponse of(Offering o) {
            return new PublicOfferingResponse(Uuids.hex(o.uuid), o.name, o.description, Uuids.hex(o.customer.uuid),
                    o.customer.name, o.hasComplianceRequirements(), o.created);
        }
    }
}
