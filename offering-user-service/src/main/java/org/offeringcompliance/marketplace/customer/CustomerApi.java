package org.offeringcompliance.marketplace.customer;

import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request and response bodies of /api/customers/. */
public final class CustomerApi {

    private CustomerApi() {}

    public record CustomerRequest(String name) {}

    public record MemberRequest(String user, String role) {}

    public record CustomerResponse(String uuid, String name, Instant created) {

        static CustomerResponse of(Customer c) {
            return new CustomerResponse(Uuids.hex(c.uuid), c.name, c.created);
        }
    }

    public record MemberResponse(@JsonProperty("user_uuid") String userUuid, String username,
            @JsonProperty("full_name") String fullName, String email, String role) {

        static MemberResponse of(CustomerRole r) {
            return new MemberResponse(Uuids.hex(r.user.uuid), r.user.username, r.user.fullName, r.user.email, r.role);
        }
    }
}
