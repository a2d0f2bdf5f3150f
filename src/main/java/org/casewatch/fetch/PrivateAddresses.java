package org.casewatch.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Tells whether a host name resolves to loopback, link-local, private or unspecified addresses. */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    static boolean isPrivate(String host, HostResolver resolver) {
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (isPrivate(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        // Not covered by InetAddress's own tests: fc00::/7 (IPv6 unique local, RFC 4193), 0.0.0.0/8 ("this
        // network", which Linux connects to this machine) and 100.64.0.0/10 (carrier-grade NAT, RFC 6598).
        boolean uniqueLocal = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean thisNetwork = b.length == 4 && b[0] == 0;
        boolean sharedNat = b.length == 4 && b[0] == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || uniqueLocal || thisNetwork || sharedNat;
    }
}
