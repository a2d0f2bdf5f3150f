/**
 * Turns fetched bytes into {@link org.casewatch.model.Item}s: feeds read strictly with Rome and, when they are
 * not well-formed, leniently with jsoup's XML parser (the result says which); pages and article text with
 * Jsoup; charsets detected with ICU when servers lie. Pure functions: bytes in, items out; no library type
 * leaves this package.
 */
package org.casewatch.parse;
