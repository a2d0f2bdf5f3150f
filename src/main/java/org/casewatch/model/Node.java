package org.casewatch.model;

/**
 * One casewatch process: {@code name} is the machine's (or {@code CASEWATCH_NODE}), what operators read;
 * {@code id} is unique to this process run ({@code name:pid:start}), what leases and claims are held by.
 */
public record Node(String id, String name) {
}
