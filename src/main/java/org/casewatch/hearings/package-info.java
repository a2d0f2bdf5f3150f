/**
 * Finds the dated judicial and penal events of watched persons in a text: hearings, verdicts, appeals, parole,
 * release, and procedural events such as arrests and transfers. It works on the matcher's document-level
 * mentions (model records), never on the matcher itself, so it can give an event to a person the sentence
 * names only by surname, role or pronoun. Pure: text in, hearings out; no I/O, no clock.
 */
package org.casewatch.hearings;
