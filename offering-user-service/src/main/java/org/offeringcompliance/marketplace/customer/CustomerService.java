package org.offeringcompliance.marketplace.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.offeringcompliance.common.api.ApiException;
import org.offeringcompliance.common.api.FieldErrors;
import org.offeringcompliance.common.api.Uuids;
import org.offeringcompliance.common.security.Caller;
import org.offeringcompliance.marketplace.access.AccessPolicy;
import org.offeringcompliance.marketplace.access.Permission;
import org.offeringcompliance.marketplace.customer.CustomerApi.CustomerRequest;
import org.offeringcompliance.marketplace.customer.CustomerApi.MemberRequest;
import org.offeringcompliance.marketplace.user.DirectoryUser;
import org.offeringcompliance.marketplace.user.UserService;

@ApplicationScoped
public class CustomerService {

    @Inject
    AccessPolicy access;

    @Inject
    UserService users;

    @Inject
    CustomerEvents events;

    @Transactional
    public Customer create(Caller caller, CustomerRequest request) {
        if (!caller.staff()) {
            throw ApiException.forbidden();
        }
        FieldErrors errors = new FieldErrors();
        String name = errors.text("name", request == null ? null : request.name(), 255);
        errors.throwIfAny();
        Customer customer = new Customer();
        customer.uuid = UUID.randomUUID();
        customer.name = name;
        customer.created = Instant.now();
        customer.modified = customer.created;
        customer.persist();
        events.created(customer);
        return customer;
    }

    @Transactional
    public Customer rename(Caller caller, UUID uuid, CustomerRequest request) {
        Customer customer = visible(caller, uuid);
        access.require(caller, customer, Permission.MANAGE_CUSTOMER);
        FieldErrors errors = new FieldErrors();
        String name = errors.text("name", request == null ? null : request.name(), 255);
        errors.throwIfAny();
        if (!name.equals(customer.name)) {
            customer.name = name;
            customer.modified = Instant.now();
            events.updated(customer);
        }
        return customer;
    }

    /** The customer if the caller may see it, else 404. */
    public Customer visible(Caller caller, UUID uuid) {
        Customer customer = Customer.findByUuid(uuid);
        if (customer == null || !access.canSee(caller, customer)) {
            throw ApiException.notFound();
        }
        return customer;
    }

    @Transactional
    public CustomerRole addUser(Caller caller, UUID customerUuid, MemberRequest request) {
        Customer customer = visible(caller, customerUuid);
        access.require(caller, customer, Permission.MANAGE_CUSTOMER);
        Member member = member(request);
        if (CustomerRole.count("customer = ?1 and user = ?2 and role = ?3", customer, member.user(), member.role()) > 0) {
            throw ApiException.conflict("The user already has this role in the customer.");
        }
        CustomerRole role = new CustomerRole();
        role.customer = customer;
        role.user = member.user();
        role.role = member.role();
        role.created = Instant.now();
        role.persist();
        events.roleGranted(role);
        return role;
    }

    @Transactional
    public void deleteUser(Caller caller, UUID customerUuid, MemberRequest request) {
        Customer customer = visible(caller, customerUuid);
        access.require(caller, customer, Permission.MANAGE_CUSTOMER);
        Member member = member(request);
        CustomerRole role = CustomerRole
                .<CustomerRole>find("customer = ?1 and user = ?2 and role = ?3", customer, member.user(), member.role())
                .firstResult();
        if (role == null) {
            throw ApiException.badRequest("The user does not have this role in the customer.");
        }
        events.roleRevoked(role);
        role.delete();
    }

    private record Member(DirectoryUser user, String role) {}

    private Member member(MemberRequest request) {
        FieldErrors errors = new FieldErrors();
        UUID userUuid = errors.uuid("user", request == null ? null : request.user());
        String role = request == null ? null : request.role();
        if (role == null) {
            errors.add("role", FieldErrors.REQUIRED);
        } else if (!CustomerRole.isValidRole(role)) {
            errors.add("role", "\"" + role + "\" is not a valid choice: owner, manager or support.");
        }
        errors.throwIfAny();
        DirectoryUser user = users.findOrResolve(userUuid)
                .orElseThrow(() -> ApiException.fieldError("user", "User " + Uuids.hex(userUuid) + " does not exist."));
        return new Member(user, role);
    }
}
