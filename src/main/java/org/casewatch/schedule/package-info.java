/** Quartz only ticks: a job wakes the poll cycle, and the database decides which sources and messages are due. */
package org.casewatch.schedule;
