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
        // fc00::/7 (unique local, RFC 4193) is not covered by isSiteLocalAddress.
        boolean uniqueLocal = a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || uniqueLocal;
    }
}
