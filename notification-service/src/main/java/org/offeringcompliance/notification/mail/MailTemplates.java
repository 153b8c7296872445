package org.offeringcompliance.notification.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/** The mails' text and HTML, from the Qute templates in templates/mail; links point into the web portal. */
@ApplicationScoped
public class MailTemplates {

    /** One checklist in a person's mail. */
    @TemplateData
    public record Item(String offering, String due, String link) {}

    /** One overdue user in an escalation. */
    @TemplateData
    public record OverdueUser(String user, String email, String offering, String due) {}

    public record Body(String text, String html) {}

    @ConfigProperty(name = "portal.url")
    String portalUrl;

    @Inject
    @Location("mail/items.txt")
    Template itemsText;

    @Inject
    @Location("mail/items.html")
    Template itemsHtml;

    @Inject
    @Location("mail/escalation.txt")
    Template escalationText;

    @Inject
    @Location("mail/escalation.html")
    Template escalationHtml;

    @Inject
    @Location("mail/webhook-disabled.txt")
    Template webhookDisabledText;

    @Inject
    @Location("mail/webhook-disabled.html")
    Template webhookDisabledHtml;

    /** The page where the offering user answers the checklist. */
    public String checklistLink(String offeringUserUuid) {
        return portalUrl + "/checklists/" + offeringUserUuid;
    }

    public String reportLink(String providerOrCustomerUuid) {
        return portalUrl + "/providers/" + providerOrCustomerUuid;
    }

    public Body items(String name, String intro, List<Item> items, String message) {
        return new Body(render(itemsText, name, intro, items, message), render(itemsHtml, name, intro, items, message));
    }

    public Body escalation(String name, String intro, List<OverdueUser> users, int more, String link) {
        return new Body(
                escalationText.data("name", name).data("intro", intro).data("items", users).data("more", more)
                        .data("link", link).render(),
                escalationHtml.data("name", name).data("intro", intro).data("items", users).data("more", more)
                        .data("link", link).render());
    }

    public Body webhookDisabled(String name, String url, String reason, String webhookUuid) {
        return new Body(
                webhookDisabledText.data("name", name).data("url", url).data("reason", reason).data("uuid", webhookUuid)
                        .render(),
                webhookDisabledHtml.data("name", name).data("url", url).data("reason", reason).data("uuid", webhookUuid)
                        .render());
    }

    private static String render(Template template, String name, String intro, List<Item> items, String message) {
        return template.data("name", name).data("intro", intro).data("items", items).data("message", message)
                .render();
    }
}
