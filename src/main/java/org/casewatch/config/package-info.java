/**
 * Reads and validates the configuration files once at start-up into an immutable record tree; every problem
 * in every file is collected and reported as {@code file:line: field: what is wrong (how to fix)}.
 */
package org.casewatch.config;
