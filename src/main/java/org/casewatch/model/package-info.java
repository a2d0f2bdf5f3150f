/** The records and enums every stage shares: sources, persons, subscribers, items, mentions, messages; no I/O, no library types. */
package org.casewatch.model;
