package org.casewatch.app;

import org.casewatch.model.Node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names this process as a node: {@code CASEWATCH_NODE} if set (several nodes on one machine, as the failover harness
 * runs them), else the machine's host name; the id adds the process id and start time, so a restarted node is a new
 * holder of leases and never mistakes the leases of its previous life for its own.
 */
final class ThisNode {

    static final String VARIABLE = "CASEWATCH_NODE";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private ThisNode() {
    }

    static Node from(Map<String, String> env, Clock clock) {
        String name = env.getOrDefault(VARIABLE, "").strip();
        if (name.isEmpty()) {
            name = hostName();
        } else if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("environment: " + VARIABLE + "='" + name + "' is not a node name (use "
                    + "letters, digits, '.', '_' and '-', e.g. casewatch-2)");
        }
        return new Node(name + ":" + ProcessHandle.current().pid() + ":" + clock.millis(), name);
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            return NAME.matcher(host).matches() ? host : "casewatch";
        } catch (UnknownHostException e) {
            return "casewatch";
        }
    }
}
