/** The composition root: the only place that picks implementations and wires the stages together; starts and stops the daemon. */
package org.casewatch.app;
