package org.casewatch.notify;

import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.SourceHealth;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Composes what the operator is told: a source failing, silent, or recovered, and a message the relay
 * refused for good. One notice per change of state; partners and staff never get these.
 */
public final class OperatorNoticeComposer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final String FOOTER = "casewatch tells the operator once when a source starts failing, falls"
            + " silent or has to be read leniently, and once when a failing or silent source recovers."
            + " `casewatch sources` shows every source's health.";

    private final ZoneId zone;

    public OperatorNoticeComposer(ZoneId zone) {
        this.zone = zone;
    }

    /** @param kind failing, silent or recovered */
    public OutgoingMessage source(String operator, String kind, String sourceName, Optional<SourceHealth> health,
                                  String key) {
        String subject = switch (kind) {
            case "failing" -> "casewatch: source " + sourceName + " is failing";
            case "silent" -> "casewatch: source " + sourceName + " has published nothing new for a while";
            default -> "casewatch: source " + sourceName + " works again";
        };
        List<Views.Row> rows = new ArrayList<>();
        rows.add(new Views.Row("Source", sourceName, ""));
        health.ifPresent(h -> {
            rows.add(new Views.Row("Failures in a row", String.valueOf(h.consecutiveFailures()), ""));
            h.lastError().ifPresent(e -> rows.add(new Views.Row("Last error", e, "")));
            rows.add(new Views.Row("Last success", h.lastSuccessAt().map(this::when).orElse("never"), ""));
            h.nextPollAt().ifPresent(n -> rows.add(new Views.Row("Next attempt", when(n), "")));
        });
        return message(operator, key, "notice", subject, HeaderText.clean(subject.substring("casewatch: ".length())) + ".",
                rows);
    }

    /** A source whose feed is not well-formed XML but was read by the lenient reading: told once, not a failure. */
    public OutgoingMessage lenient(String operator, String sourceName, SourceHealth health, String key) {
        String subject = "casewatch: source " + sourceName + " is not well-formed; its items are read leniently";
        List<Views.Row> rows = new ArrayList<>();
        rows.add(new Views.Row("Source", sourceName, ""));
        health.lenientError().ifPresent(e -> rows.add(new Views.Row("Why the strict reading refused it", e, "")));
        health.lenientAt().ifPresent(at -> rows.add(new Views.Row("Read leniently", when(at), "")));
        return message(operator, key, "notice", subject, "The feed of " + HeaderText.clean(sourceName)
                + " is not well-formed XML. casewatch took its items with a lenient second reading, so nothing is"
                + " missed and nothing needs doing; the site's owners may want to know. You are told once: `casewatch"
                + " sources` shows such sources as \"lenient\".", rows);
    }

    public OutgoingMessage rejected(String operator, String recipient, String messageSubject, String reason, String key) {
        String subject = "casewatch: a message to " + recipient + " was refused";
        List<Views.Row> rows = List.of(new Views.Row("Recipient", recipient, ""),
                new Views.Row("Subject", messageSubject, ""), new Views.Row("Reason", reason, ""));
        return message(operator, key, "notice", subject, "The mail relay refused a message for good; casewatch will"
                + " not retry it. Check the address in config/subscribers.yaml.", rows);
    }

    private OutgoingMessage message(String operator, String key, String kind, String subject, String lead,
                                    List<Views.Row> rows) {
        Views.Table view = new Views.Table(lead, rows, FOOTER);
        return new OutgoingMessage(key, operator, kind, HeaderText.clean(subject), Templates.html("table", view),
                Templates.text("table", view));
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
