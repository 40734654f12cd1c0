package cn.baiyun.hte.platform.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reverse proxies whose {@code Forwarded} and {@code X-Forwarded-*} headers the portal believes: single
 * addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}). None by default, so that nobody can make the
 * portal think it is reached under another host or scheme (and send that host to Keycloak as its redirect).
 */
@ConfigurationProperties("hte.proxies")
record TrustedProxies(List<String> trusted) {

    /** Only address literals: a host name would mean a DNS lookup for every request. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(/\\d{1,3})?");

    TrustedProxies {
        trusted = trusted == null ? List.of() : trusted.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        trusted.forEach(TrustedProxies::range);
    }

    boolean includes(InetSocketAddress remote) {
        if (remote == null || remote.getAddress() == null) {
            return false;
        }
        byte[] address = remote.getAddress().getAddress();
        return trusted.stream().map(TrustedProxies::range).anyMatch(range -> range.includes(address));
    }

    private static Range range(String entry) {
        if (!LITERAL.matcher(entry).matches()) {
            throw new IllegalArgumentException("hte.proxies.trusted: not an IP address or CIDR range: " + entry);
        }
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        int bits = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        if (bits > network.length * 8) {
            throw new IllegalArgumentException("hte.proxies.trusted: prefix too long: " + entry);
        }
        return new Range(network, bits);
    }

    private static byte[] literal(String address) {
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("hte.proxies.trusted: not an IP address: " + address, e);
        }
    }

    private record Range(byte[] network, int bits) {

        boolean includes(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
