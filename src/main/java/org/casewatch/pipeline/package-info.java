/**
 * The poll cycle: the one place that knows the order of the stages (fetch, parse, store, match, notify)
 * and the delivery of the outbox. Uses the stages through their own types; touches no library directly.
 */
package org.casewatch.pipeline;

