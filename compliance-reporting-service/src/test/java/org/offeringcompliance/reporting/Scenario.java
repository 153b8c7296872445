package org.offeringcompliance.reporting;

import static io.restassured.RestAssured.given;
import static org.offeringcompliance.reporting.EventFeed.hex;
import static org.offeringcompliance.reporting.EventFeed.send;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.offeringcompliance.reporting.EventFeed.Sent;
import org.offeringcompliance.testing.KeycloakUsers;
import org.offeringcompliance.testing.KeycloakUsers.TestUser;

import io.restassured.specification.RequestSpecification;

/**
 * Test fixtures that exist only as the events the marketplace and the checklist service would publish about them:
 * providers, checklists, offerings, offering users and completions, each with the versions its producer would give.
 */
public final class Scenario {

    public static final KeycloakUsers KEYCLOAK = KeycloakUsers.local();
    private static TestUser staff;
    private static TestUser support;

    private Scenario() {}

    public static synchronized TestUser staff() {
        if (staff == null) {
            staff = KEYCLOAK.create("staff", "staff");
        }
        return staff;
    }

    /** Global support: reads everything, like staff. */
    public static synchronized TestUser support() {
        if (support == null) {
            support = KEYCLOAK.create("gsupport", "support");
        }
        return support;
    }

    public static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(KEYCLOAK.token(user));
    }

    /** Strictly increasing timestamps at PostgreSQL's precision. */
    static synchronized Instant now() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
        return last;
    }

    private static Instant last = Instant.EPOCH;

    /** Who an offering user is: a real Keycloak user (who can call the API) or just a name in the events. */
    public record Person(String id, String username, String fullName, String email) {

        public static Person of(TestUser user) {
            return new Person(user.hexId(), user.username(), user.fullName(), user.email());
        }

        public static Person named(String fullName) {
            String username = fullName.toLowerCase().replace(' ', '.') + "-" + hex().substring(0, 6);
            return new Person(hex(), username, fullName, username + "@example.org");
        }
    }

    public static final class Provider {

        public final String uuid = hex();
        public final String customer = hex();
        public String name;

        private Provider(String name) {
            this.name = name;
        }

        public static Provider create(String name) {
            Provider p = new Provider(name);
            send("marketplace.customer.created", p.customer, Map.of("customer_uuid", p.customer, "name", name));
            send("marketplace.service_provider.created", p.customer, Map.of("service_provider_uuid", p.uuid,
                    "customer_uuid", p.customer, "customer_name", name));
            return p;
        }

        public Sent grant(TestUser user, String role) {
            return send("marketplace.role.granted", customer, Map.of("customer_uuid", customer, "user_uuid",
                    user.hexId(), "username", user.username(), "full_name", user.fullName(), "email", user.email(),
                    "role", role));
        }

        public Sent revoke(TestUser user, String role) {
            return send("marketplace.role.revoked", customer, Map.of("customer_uuid", customer, "user_uuid",
                    user.hexId(), "username", user.username(), "full_name", user.fullName(), "email", user.email(),
                    "role", role));
        }

        public void rename(String newName) {
            name = newName;
            send("marketplace.customer.updated", customer, Map.of("customer_uuid", customer, "name", newName));
        }

        public Offering offering(String name, Checklist checklist) {
            Offering o = unannounced(name, checklist);
            o.publish("marketplace.offering.created");
            return o;
        }

        /** An offering whose events the test publishes itself. */
        public Offering unannounced(String name, Checklist checklist) {
            return new Offering(this, name, checklist);
        }

        public String path(String report) {
            return "/api/marketplace-service-providers/" + uuid + "/compliance/" + report + "/";
        }
    }

    public static final class Checklist {

        public final String uuid = hex();
        public String name;
        public final String description;
        public int questions;
        long version;

        private Checklist(String name, int questions) {
            this.name = name;
            this.description = name + " description";
            this.questions = questions;
        }

        public static Checklist create(String name, int questions) {
            Checklist c = new Checklist(name, questions);
            c.publish("checklist.checklist.created");
            return c;
        }

        public void rename(String newName) {
            name = newName;
            publish("checklist.checklist.updated");
        }

        public void questionAdded() {
            questions++;
            version++;
            send("checklist.question.created", uuid, Map.of("question_uuid", hex(), "checklist_uuid", uuid,
                    "questions_count", questions, "checklist_version", version));
        }

        private void publish(String type) {
            version++;
            send(type, uuid, Map.of("checklist_uuid", uuid, "name", name, "description", description,
                    "checklist_type", "offering_compliance", "questions_count", questions, "version", version));
        }
    }

    public static final class Offering {

        public final String uuid = hex();
        public final Provider provider;
        public String name;
        public Checklist checklist;
        long version;

        private Offering(Provider provider, String name, Checklist checklist) {
            this.provider = provider;
            this.name = name;
            this.checklist = checklist;
        }

        public void assign(Checklist c) {
            checklist = c;
            publish(c == null ? "marketplace.offering.checklist_removed" : "marketplace.offering.checklist_assigned");
        }

        public void rename(String newName) {
            name = newName;
            publish("marketplace.offering.updated");
        }

        public void delete() {
            publish("marketplace.offering.deleted");
        }

        public OfferingUser user(Person person) {
            OfferingUser ou = unannounced(person);
            ou.publish("marketplace.offering_user.created");
            return ou;
        }

        /** An offering user whose events the test publishes itself. */
        public OfferingUser unannounced(Person person) {
            return new OfferingUser(this, person);
        }

        /** Publishes the offering's next version. */
        Sent publish(String type) {
            return publish(type, ++version);
        }

        /** Publishes the offering as it is now under the given version (for out-of-order delivery). */
        public Sent publish(String type, long asVersion) {
            Map<String, Object> data = new HashMap<>();
            data.put("offering_uuid", uuid);
            data.put("name", name);
            data.put("customer_uuid", provider.customer);
            data.put("customer_name", provider.name);
            data.put("compliance_checklist", checklist == null ? null : checklist.uuid);
            data.put("version", asVersion);
            return send(type, uuid, data);
        }
    }

    public static final class OfferingUser {

        public final String uuid = hex();
        public final Offering offering;
        public final Person person;
        public String state = "OK";
        public boolean restricted;
        long version;
        final Instant created = now();

        private OfferingUser(Offering offering, Person person) {
            this.offering = offering;
            this.person = person;
        }

        public void update(String newState, boolean isRestricted) {
            state = newState;
            restricted = isRestricted;
            publish("marketplace.offering_user.updated");
        }

        public void delete() {
            version--; // a deletion carries the last version
            publish("marketplace.offering_user.deleted");
        }

        /** The completion the checklist service creates for this user and the offering's current checklist. */
        public Completion completion() {
            return new Completion(this, offering.checklist);
        }

        public Completion completion(Checklist checklist) {
            return new Completion(this, checklist);
        }

        Sent publish(String type) {
            return publish(type, ++version);
        }

        /** Publishes the offering user as it is now under the given version (for out-of-order delivery). */
        public Sent publish(String type, long asVersion) {
            Map<String, Object> data = new HashMap<>();
            data.put("offering_user_uuid", uuid);
            data.put("offering_uuid", offering.uuid);
            data.put("offering_name", offering.name);
            data.put("customer_uuid", offering.provider.customer);
            data.put("user_uuid", person.id());
            data.put("username", person.username());
            data.put("user_full_name", person.fullName());
            data.put("user_email", person.email());
            data.put("state", state);
            data.put("is_restricted", restricted);
            data.put("compliance_checklist", offering.checklist == null ? null : offering.checklist.uuid);
            data.put("version", asVersion);
            data.put("created", created.toString());
            data.put("modified", now().toString());
            return send(type, uuid, data);
        }
    }

    public static final class Completion {

        public final String uuid = hex();
        public final OfferingUser offeringUser;
        public final Checklist checklist;
        public boolean completed;
        public double percentage;
        public int unanswered;
        public boolean requiresReview;
        public String reviewedBy;
        public Instant reviewedAt;
        public String reviewNotes = "";
        public final Instant created = now();
        public Instant modified = created;
        /** The checklist service's row version: every write moves it. */
        public long version;
        public Instant dueAt;
        public Instant completedAt;
        public Instant expiresAt;
        public int cycle = 1;
        public String state = "pending";

        private Completion(OfferingUser offeringUser, Checklist checklist) {
            this.offeringUser = offeringUser;
            this.checklist = checklist;
            this.unanswered = checklist.questions;
        }

        public Completion created() {
            publish("checklist.completion.created");
            return this;
        }

        /** An accepted submit: new figures and a new modified time. */
        public Sent answered(double newPercentage, boolean isCompleted, int stillUnanswered, boolean review) {
            percentage = newPercentage;
            completed = isCompleted;
            unanswered = stillUnanswered;
            requiresReview = review;
            modified = now();
            version++;
            completedAt = isCompleted ? modified : null;
            if (isCompleted) {
                state = "completed";
            } else if (state.equals("completed") || state.equals("expiring")) {
                state = "pending";
            }
            return publish("checklist.completion.updated");
        }

        /** The deadline pass found it past its due date: it announces the state alone, modified stays. */
        public Sent overdue() {
            state = "overdue";
            version++;
            return publish("checklist.completion.overdue");
        }

        /** The deadline pass found it completed and within its grace period before expiry. */
        public Sent expiring() {
            state = "expiring";
            version++;
            return publish("checklist.completion.updated");
        }

        /** Re-certification at expiry: a new cycle, not completed, its answers (and percentage) kept. */
        public Sent expired(Instant newDueAt) {
            return newCycle("expired", newDueAt, "checklist.completion.expired");
        }

        /** Re-certification requested by the provider: a new cycle now. */
        public Sent reopened(Instant newDueAt) {
            return newCycle("pending", newDueAt, "checklist.completion.reopened");
        }

        private Sent newCycle(String newState, Instant newDueAt, String type) {
            cycle++;
            completed = false;
            completedAt = null;
            expiresAt = null;
            dueAt = newDueAt;
            state = newState;
            modified = now();
            version++;
            return publish(type);
        }

        public Sent reviewed(TestUser reviewer, String notes) {
            reviewedBy = reviewer.hexId();
            reviewedAt = now();
            reviewNotes = notes;
            modified = reviewedAt;
            version++;
            return publish("checklist.completion.updated");
        }

        public Sent deleted() {
            return publish("checklist.completion.deleted");
        }

        /** Publishes the completion as it is now. */
        public Sent publish(String type) {
            Map<String, Object> data = new HashMap<>();
            data.put("completion_uuid", uuid);
            data.put("offering_user_uuid", offeringUser.uuid);
            data.put("offering_uuid", offeringUser.offering.uuid);
            data.put("user_uuid", offeringUser.person.id());
            data.put("checklist_uuid", checklist.uuid);
            data.put("checklist_name", checklist.name);
            data.put("checklist_description", checklist.description);
            data.put("is_completed", completed);
            data.put("completion_percentage", percentage);
            data.put("unanswered_required_questions", unanswered);
            data.put("requires_review", requiresReview);
            data.put("reviewed_by", reviewedBy);
            data.put("reviewed_by_name", reviewedBy == null ? null : "Reviewer");
            data.put("reviewed_at", reviewedAt == null ? null : reviewedAt.toString());
            data.put("review_notes", reviewNotes);
            data.put("created", created.toString());
            data.put("modified", modified.toString());
            data.put("version", version);
            data.put("due_at", dueAt == null ? null : dueAt.toString());
            data.put("completed_at", completedAt == null ? null : completedAt.toString());
            data.put("expires_at", expiresAt == null ? null : expiresAt.toString());
            data.put("cycle", cycle);
            data.put("compliance_state", state);
            return send(type, uuid, data);
        }
    }
}
