package org.casewatch.model;

import java.nio.file.Path;
import java.util.Optional;

/** The sender address and where mail goes. */
public record MailSettings(String from, MailTransport transport, Path directory, Optional<SmtpSettings> smtp) {
}
