package org.casewatch.pipeline;

import org.casewatch.model.Source;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order in which a cycle starts its sources: one source of each host in turn. The fetcher waits out each
 * host's politeness delay on the polling thread; with sources of one host spread apart, that wait has mostly
 * passed by the time a thread gets to the next one, instead of holding threads that other hosts could use.
 */
final class SourceOrder {

    private SourceOrder() {
    }

    static List<Source> interleaveHosts(List<Source> sources) {
        Map<String, Deque<Source>> byHost = new LinkedHashMap<>();
        for (Source s : sources) {
            byHost.computeIfAbsent(host(s.url()), h -> new ArrayDeque<>()).add(s);
        }
        List<Source> out = new ArrayList<>(sources.size());
        while (out.size() < sources.size()) {
            for (Deque<Source> queue : byHost.values()) {
                if (!queue.isEmpty()) {
                    out.add(queue.poll());
                }
            }
        }
        return out;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
