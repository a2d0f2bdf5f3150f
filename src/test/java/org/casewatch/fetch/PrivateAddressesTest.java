package org.casewatch.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "::1", "fe80::1", "fd12:3456::1", "::"})
    void internalAddressesArePrivate(String address) throws UnknownHostException {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "198.51.100.1", "100.63.255.255", "100.128.0.1", "172.32.0.1",
            "2001:db8::1"})
    void publicAddressesAreNot(String address) throws UnknownHostException {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).isFalse();
    }
}
