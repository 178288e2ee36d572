package org.inkstone.syndication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SSRF rule on IP literals and a fixed name table: no DNS. */
class EndpointGuardTest {

    /** A resolver from a table; IP literals are parsed (InetAddress.getByName never looks a literal up). */
    private static EndpointGuard.Resolver table(Map<String, List<String>> names) {
        return host -> {
            if (EndpointGuard.literal(host) != null) {
                return new InetAddress[] {EndpointGuard.literal(host)};
            }
            List<String> addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] out = new InetAddress[addresses.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = EndpointGuard.literal(addresses.get(i));
            }
            return out;
        };
    }

    private static final EndpointGuard GUARD = new EndpointGuard(List.of("127.0.0.1", "Intranet.Example", "fd00::5"), table(Map.of(
            "partner.example", List.of("93.184.216.34"),
            "dual.example", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "rebind.example", List.of("93.184.216.34", "10.1.2.3"),
            "localhost", List.of("127.0.0.1", "::1"),
            "intranet.example", List.of("10.9.9.9"),
            "metadata.example", List.of("169.254.169.254"),
            "loopback-only.example", List.of("127.0.0.1"),
            "unique-local.example", List.of("fd00::5"))));

    private static InetAddress ip(String literal) {
        InetAddress a = EndpointGuard.literal(literal);
        if (a == null) {
            throw new AssertionError("not a literal: " + literal);
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "127.0.0.1", "127.8.9.10",
            "169.254.0.1", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.255.255",
            "100.64.0.1", "100.127.255.254", "192.0.0.8", "192.0.2.2", "198.18.0.1", "198.19.255.255",
            "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
            "::", "::1", "fe80::1", "febf::ffff", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1", "ff05::2",
            "2001:db8::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::10.0.0.1",
            "64:ff9b::a00:1", "2002:a00:1::1", "2002:c0a8:101::1"})
    void refusesEveryAddressThatIsNotPublicUnicast(String literal) {
        assertFalse(EndpointGuard.isPublic(ip(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "93.184.216.34", "9.255.255.255", "11.0.0.0", "100.63.255.255",
            "100.128.0.0", "169.253.255.255", "169.255.0.1", "172.15.255.255", "172.32.0.0", "192.167.255.255",
            "192.169.0.0", "192.0.1.1", "198.17.255.255", "198.20.0.0", "223.255.255.255", "126.255.255.255",
            "128.0.0.1", "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450::1", "fe7f::1", "fbff::1",
            "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2001:db9::1"})
    void acceptsPublicUnicastAddresses(String literal) {
        assertTrue(EndpointGuard.isPublic(ip(literal)), literal);
    }

    @Test
    void ipv4MappedIpv6GivenAsBytesIsJudgedByItsIpv4Address() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        assertFalse(EndpointGuard.isPublic(Inet6Address.getByAddress(null, mapped, -1)));
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        assertTrue(EndpointGuard.isPublic(Inet6Address.getByAddress(null, mapped, -1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://partner.example/inkstone/push", "http://partner.example:8080/p?x=1",
            "https://dual.example/", "http://93.184.216.34/", "http://[2606:4700:4700::1111]:8443/hook",
            "http://127.0.0.1:9999/receiver", "https://INTRANET.example/push", "http://[fd00::5]/push",
            "http://[fd00:0:0:0:0:0:0:5]/push"})
    void allowsPublicEndpointsAndListedHosts(String url) {
        assertEquals(url, GUARD.check(url).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://localhost:8080/",
            "http://127.0.0.2/", "http://[::1]/", "http://[::ffff:10.0.0.1]/", "http://rebind.example/",
            "http://metadata.example/", "http://192.168.1.1/", "http://[fe80::1]/", "http://100.64.1.1/",
            "http://0.0.0.0:8080/", "http://[fd00::6]/", "http://loopback-only.example:8080/",
            "http://unique-local.example/"})
    void refusesEndpointsThatReachPrivateAddresses(String url) {
        EndpointNotAllowedException e = assertThrows(EndpointNotAllowedException.class, () -> GUARD.check(url));
        assertEquals(400, e.status());
        assertEquals("endpoint_not_allowed", e.code());
        assertTrue(e.fields().containsKey("endpoint"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://partner.example/", "file:///etc/passwd", "gopher://partner.example/",
            "partner.example/push", "/push", "https://user:pw@partner.example/", "https://user@partner.example/",
            "http:///nohost", "https://unknown.example/", "not a url", "javascript:alert(1)", "",
            "http://127.0.0.1:0/", "http://127.0.0.1:99999/", "https://partner.example:65536/"})
    void refusesWhatIsNotAPlainHttpUrlOfAKnownHost(String url) {
        assertThrows(EndpointNotAllowedException.class, () -> GUARD.check(url));
    }

    @Test
    void nullIsRefused() {
        assertThrows(EndpointNotAllowedException.class, () -> GUARD.check((String) null));
    }

    @Test
    void literalNeverTreatsANameAsAnAddress() {
        assertEquals(null, EndpointGuard.literal("partner.example"));
        assertEquals(null, EndpointGuard.literal("face.b00c"));
        assertEquals(ip("10.0.0.1"), EndpointGuard.literal("10.0.0.1"));
        assertEquals(ip("::1"), EndpointGuard.literal("0:0:0:0:0:0:0:1"));
    }
}
