/**
 * Keeps casewatch's state in one SQLite file: source health and validators, items, mentions and the
 * outbox. One writer, IMMEDIATE transactions, migrations applied when the database is opened.
 */
package org.casewatch.store;
