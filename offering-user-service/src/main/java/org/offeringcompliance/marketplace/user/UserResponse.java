package org.offeringcompliance.marketplace.user;

import java.time.Instant;

import org.offeringcompliance.common.api.Uuids;

import com.fasterxml.jackson.annotation.JsonProperty;

public record UserResponse(String uuid, String username, @JsonProperty("full_name") String fullName, String email,
        @JsonProperty("is_staff") boolean staff, @JsonProperty("is_support") boolean support,
        @JsonProperty("date_joined") Instant dateJoined) {

    static UserResponse of(DirectoryUser user) {
        return new UserResponse(Uuids.hex(user.uuid), user.username, user.fullName, user.email, user.staff,
                user.support, user.created);
    }
}
