/**
 * Turns facts into messages and delivers them. Composers are pure (data in, message out) and escape every
 * text that came from a source; mailers hand finished messages to SMTP or write {@code .eml} files.
 */
package org.casewatch.notify;
