/**
 * The staff console: a server-rendered web stage above {@code app}, like {@code cli}. One small class per page or
 * form, one {@link org.casewatch.web.SessionFilter} and one {@link org.casewatch.web.CsrfFilter} every route passes,
 * jte templates under {@code src/main/jte/web} (every value escaped). It reads and writes only through the store's
 * repositories, which {@link org.casewatch.app.Console} hands it; GET never changes anything.
 */
package org.casewatch.web;
