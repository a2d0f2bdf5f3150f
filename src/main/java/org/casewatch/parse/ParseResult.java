package org.casewatch.parse;

import org.casewatch.model.Item;

import java.util.List;

/** The items read from a body, or the reason it could not be read. */
public sealed interface ParseResult {

    record Parsed(List<Item> items) implements ParseResult {
        public Parsed {
            items = List.copyOf(items);
        }
    }

    record Unparseable(String reason) implements ParseResult {
    }
}
