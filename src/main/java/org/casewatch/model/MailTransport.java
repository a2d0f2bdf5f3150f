package org.casewatch.model;

/** Where composed mail goes: an SMTP relay, or {@code .eml} files in a directory. */
public enum MailTransport {
    SMTP, DIRECTORY
}
