package org.offeringcompliance.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class PublicAddressesTest {

    @Test
    void privateLoopbackLinkLocalAndReservedIpv4AreNotPublic() {
        for (String address : new String[]{"127.0.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.10",
                "198.18.0.1"}) {
            assertFalse(PublicAddresses.isPublic(at(address)), address);
        }
    }

    @Test
    void loopbackUniqueLocalLinkLocalMulticastAndEmbeddedPrivateIpv6AreNotPublic() {
        for (String address : new String[]{"::1", "::", "fd00::1", "fc00::1", "fe80::1", "ff02::1", "2001:db8::1",
                "64:ff9b::a00:1", "2002:a00:1::1", "::ffff:7f00:1"}) {
            assertFalse(PublicAddresses.isPublic(at(address)), address);
        }
    }

    @Test
    void ordinaryInternetAddressesArePublic() {
        for (String address : new String[]{"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111",
                "64:ff9b::808:808", "2002:808:808::1"}) {
            assertTrue(PublicAddresses.isPublic(at(address)), address);
        }
    }

    private static InetAddress at(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
