package org.offeringcompliance.gateway;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which service owns a path: the first matching rule wins, so the more specific rules come first. */
public final class RouteTable {

    record Rule(Pattern pattern, String backend) {}

    private static final String UUID = "[^/]+";

    private static final List<Rule> RULES = List.of(
            rule("/api/marketplace-offering-users/" + UUID
                    + "/(checklist|completion_status|submit_answers|checklist_review|completion_review_status|review_completion)/?",
                    "checklist"),
            rule("/api/checklists-admin(/.*)?", "checklist"),
            rule("/api/marketplace-provider-offerings/" + UUID + "/request_recertification/?", "checklist"),
            rule("/api/completion-history/?", "checklist"),
            rule("/api/marketplace-service-providers/" + UUID + "/compliance/remind/?", "notification"),
            // the answers export: the checklist service holds the answers, questions and options
            rule("/api/marketplace-service-providers/" + UUID + "/compliance/answers/export/?", "checklist"),
            rule("/api/notifications(/.*)?", "notification"),
            rule("/api/webhooks(/.*)?", "notification"),
            rule("/api/marketplace-service-providers/" + UUID + "/compliance(/.*)?", "reporting"),
            rule("/api/marketplace-offering-user-checklist-completions(/.*)?", "reporting"),
            rule("/api/(users|customers|marketplace-service-providers|marketplace-provider-offerings"
                    + "|marketplace-public-offerings|marketplace-offering-users)(/.*)?", "marketplace"));

    private RouteTable() {}

    private static Rule rule(String regex, String backend) {
        return new Rule(Pattern.compile(regex), backend);
    }

    /** The backend name for a request path, or empty when no service owns it. */
    public static Optional<String> backendFor(String path) {
        return RULES.stream().filter(r -> r.pattern().matcher(path).matches()).map(Rule::backend).findFirst();
    }
}
