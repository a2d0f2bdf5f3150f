package org.casewatch.model;

import java.util.List;

/** What one pass over the outbox did. */
public record DeliveryReport(int delivered, int retrying, int rejected, List<String> errors) {

    public static DeliveryReport none() {
        return new DeliveryReport(0, 0, 0, List.of());
    }
}
