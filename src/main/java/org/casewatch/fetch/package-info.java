/**
 * Fetches a source's bytes over HTTP(S) with OkHttp, or from a {@code file:} URL. Expected outcomes
 * (new content, not modified, an HTTP error, a timeout) are {@link org.casewatch.fetch.FetchResult} values;
 * no OkHttp type leaves this package.
 */
package org.casewatch.fetch;
