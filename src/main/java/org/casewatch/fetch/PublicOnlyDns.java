package org.casewatch.fetch;

import okhttp3.Dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The names a redirect leads to, for sources that may not reach private addresses: only public addresses are
 * returned, and these are the ones connected to. A name that answers with a public address when the redirect is
 * checked and a private one a moment later, when the connection is made (DNS rebinding), gains nothing.
 */
final class PublicOnlyDns implements Dns {

    /** Every address of the name was private. */
    static final class Refused extends UnknownHostException {
        Refused(String host) {
            super(host);
        }
    }

    private final HostResolver resolver;

    PublicOnlyDns(HostResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> allowed = resolver.resolve(host).stream().filter(a -> !PrivateAddresses.isPrivate(a)).toList();
        if (allowed.isEmpty()) {
            throw new Refused(host);
        }
        return allowed;
    }
}
