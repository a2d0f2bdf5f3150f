package org.casewatch.model;

import java.util.Optional;

/**
 * An SMTP relay. The password is never in a file: {@code passwordEnv} names the environment variable.
 */
public record SmtpSettings(String host, int port, boolean starttls, Optional<String> username,
                           Optional<String> passwordEnv) {
}
