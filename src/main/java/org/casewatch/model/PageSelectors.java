package org.casewatch.model;

import java.util.Locale;
import java.util.Optional;

/**
 * CSS selectors that turn an HTML page into items: {@code items} selects one element per item, the others
 * are evaluated inside it. A missing title selector means the item element's own text; a missing link
 * selector means the first {@code a[href]}; dates are read with {@code dateFormat} in {@code dateLocale}.
 */
public record PageSelectors(String items, Optional<String> title, Optional<String> link, Optional<String> date,
                            Optional<String> dateFormat, Locale dateLocale) {
}
