package org.casewatch.parse;

import org.casewatch.model.Item;

import java.util.List;

/** The items read from a body, or the reason it could not be read. */
public sealed interface ParseResult {

    /** Read as well-formed XML (or, for pages, as HTML). */
    record Parsed(List<Item> items) implements ParseResult {
        public Parsed {
            items = List.copyOf(items);
        }
    }

    /**
     * The body was not well-formed XML, but the lenient second reading found a feed in it.
     *
     * @param strictError why the strict reading refused it, for the operator
     */
    record ReadLeniently(List<Item> items, String strictError) implements ParseResult {
        public ReadLeniently {
            items = List.copyOf(items);
        }
    }

    record Unparseable(String reason) implements ParseResult {
    }
}
