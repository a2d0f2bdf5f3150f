/** Finds watched persons in text. Pure: no I/O, no clock; the watchlist is compiled once into a matcher. */
package org.casewatch.match;
