/** The command line: one picocli class per command, exit codes mapped in one place. */
package org.casewatch.cli;
