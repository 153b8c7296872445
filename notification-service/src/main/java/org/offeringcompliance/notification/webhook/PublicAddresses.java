package org.offeringcompliance.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Whether an address is on the public internet: not loopback, private, shared (CGNAT), link-local, unique-local,
 * multicast, unspecified, reserved or documentation space, in IPv4 or IPv6; IPv6 forms that embed an IPv4 address
 * (mapped, NAT64, 6to4) are judged by that address.
 */
public final class PublicAddresses {

    private record Block(byte[] prefix, int bits) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Block> NOT_PUBLIC = Arrays.stream(new String[]{"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
            "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10",
            "ff00::/8"}).map(PublicAddresses::block).toList();
    /** Written out: the JDK reads "::ffff:0:0" as the IPv4 address 0.0.0.0. */
    private static final Block MAPPED = new Block(new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 0, 0, 0, 0}, 96);
    private static final Block NAT64 = block("64:ff9b::/96");
    private static final Block SIX_TO_FOUR = block("2002::/16");

    private PublicAddresses() {}

    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (MAPPED.contains(bytes) || NAT64.contains(bytes)) {
            return isPublic(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isPublic(Arrays.copyOfRange(bytes, 2, 6));
        }
        return isPublic(bytes);
    }

    private static boolean isPublic(byte[] bytes) {
        return NOT_PUBLIC.stream().noneMatch(block -> block.contains(bytes));
    }

    private static Block block(String cidr) {
        String[] parts = cidr.split("/");
        try {
            return new Block(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + cidr, e);
        }
    }
}
