package org.inkstone.syndication;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether the server may send a partner's push to a URL. Threat: server-side request forgery: an admin
 * account (or whoever steals one) registers {@code http://169.254.169.254/...} (a cloud metadata service),
 * {@code http://127.0.0.1:3306/} or an intranet address, or a public endpoint that redirects there, and the
 * worker then POSTs from inside the network. A URL passes only when it is {@code http}/{@code https} with a host
 * and no user-info, and <em>every</em> address its host resolves to is public ({@link #isPublic}), unless the host
 * name, or the IP literal the URL names, is listed in {@code inkstone.syndication.allowed-hosts}: a listed address
 * allows that literal only, not every name that resolves to it (so with {@code 127.0.0.1} listed,
 * {@code http://127.0.0.1:8080/} passes and {@code http://localhost:8080/} does not; list {@code localhost} too if
 * wanted). Checked at registration and
 * update, and by the worker before every attempt and at every redirect hop.
 *
 * <p>Known gap (DNS rebinding): the JDK {@code HttpClient} resolves the host again when it connects, so a name
 * whose DNS answer changes between this check and the connection (a short TTL) can still reach a private
 * address for one attempt. Closing it needs connecting to the checked address itself (a custom socket layer),
 * which the JDK client does not offer.
 *
 * <p>Thread-safe (immutable).
 */
public final class EndpointGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** Looks host names up; tests give a fixed table (unit tests never use DNS). */
    @FunctionalInterface
    public interface Resolver {
        /** Every address of {@code host} (a name or a literal, IPv6 without brackets). */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedNames;
    private final Set<InetAddress> allowedAddresses;
    private final Resolver resolver;

    /**
     * @param allowedHosts host names (case-insensitive) and IP literals (IPv6 without brackets) allowed although
     *                     not public
     * @param resolver     the name lookup ({@code InetAddress::getAllByName} in production)
     */
    public EndpointGuard(List<String> allowedHosts, Resolver resolver) {
        this.allowedNames = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.allowedAddresses = allowedNames.stream().map(EndpointGuard::literal).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** A guard using the system resolver. */
    public static EndpointGuard of(SyndicationSettings settings) {
        return new EndpointGuard(settings.allowedHosts(), InetAddress::getAllByName);
    }

    /**
     * {@code url} parsed, when it is an allowed push endpoint.
     *
     * @throws EndpointNotAllowedException (400 {@code endpoint_not_allowed}, field {@code endpoint}) naming why:
     *     not an absolute http/https URL, user-info present, a host that does not resolve, or an address that is
     *     not public and not allowed
     */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new EndpointNotAllowedException("不是有效的网址");
        }
        return check(uri);
    }

    /** As {@link #check(String)} for a parsed URI (a redirect's target). */
    public URI check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new EndpointNotAllowedException("只接受 http 或 https 网址");
        }
        if (uri.getRawUserInfo() != null) {
            throw new EndpointNotAllowedException("网址不得包含用户名或密码");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new EndpointNotAllowedException("网址缺少主机名");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535 || uri.getPort() < -1) {
            throw new EndpointNotAllowedException("端口须在 1 到 65535 之间");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (allowedNames.contains(host)) {
            return uri;
        }
        InetAddress literal = literal(host);
        if (literal != null && allowedAddresses.contains(literal)) {
            return uri; // the same address spelt another way, e.g. 0:0:0:0:0:0:0:1 for a listed ::1
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new EndpointNotAllowedException("主机名无法解析：" + host);
        }
        if (addresses == null || addresses.length == 0) {
            throw new EndpointNotAllowedException("主机名无法解析：" + host);
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new EndpointNotAllowedException("主机 " + host + " 的地址 " + a.getHostAddress()
                        + " 不是公网地址（内网接收端须由运维列入 inkstone.syndication.allowed-hosts：" + host + "）");
            }
        }
        return uri;
    }

    /** The address of an IP literal ({@code 10.0.0.1}, {@code ::1}); null for a host name (never a DNS lookup). */
    static InetAddress literal(String host) {
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(host); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * Whether {@code a} is a public unicast address. Refused (not public): loopback (127/8, ::1), unspecified
     * (0/8, ::), link-local (169.254/16, fe80::/10), private (10/8, 172.16/12, 192.168/16; RFC 1918), unique-local
     * (fc00::/7; RFC 4193) and the deprecated site-local fec0::/10, shared address space (100.64/10, carrier-grade
     * NAT; RFC 6598), IETF protocol assignments (192.0.0/24), benchmarking (198.18/15), documentation (192.0.2/24,
     * 198.51.100/24, 203.0.113/24, 2001:db8::/32), multicast (224/4, ff00::/8), reserved and broadcast (240/4), and
     * IPv6 forms that carry an IPv4 address (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96,
     * 6to4 2002::/16) whenever that IPv4 address is not public. Ranges from the IANA IPv4 and IPv6 Special-Purpose
     * Address Registries (RFC 6890).
     */
    public static boolean isPublic(InetAddress a) {
        if (a instanceof Inet4Address) {
            return isPublicV4(a.getAddress());
        }
        if (a instanceof Inet6Address) {
            return isPublicV6(a.getAddress());
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int o0 = b[0] & 0xff;
        int o1 = b[1] & 0xff;
        int o2 = b[2] & 0xff;
        if (o0 == 0 || o0 == 10 || o0 == 127 || o0 >= 224) {
            return false; // this network, private, loopback, multicast, reserved, broadcast
        }
        if (o0 == 169 && o1 == 254) {
            return false; // link-local (cloud metadata services)
        }
        if (o0 == 172 && o1 >= 16 && o1 <= 31) {
            return false;
        }
        if (o0 == 192 && o1 == 168) {
            return false;
        }
        if (o0 == 100 && o1 >= 64 && o1 <= 127) {
            return false; // shared address space (CGNAT)
        }
        if (o0 == 192 && o1 == 0 && (o2 == 0 || o2 == 2)) {
            return false;
        }
        if (o0 == 198 && (o1 == 18 || o1 == 19)) {
            return false;
        }
        if (o0 == 198 && o1 == 51 && o2 == 100 || o0 == 203 && o1 == 0 && o2 == 113) {
            return false;
        }
        return true;
    }

    private static boolean isPublicV6(byte[] b) {
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        boolean first80Zero = true;
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                first80Zero = false;
                break;
            }
        }
        if (first80Zero) {
            int w5 = ((b[10] & 0xff) << 8) | (b[11] & 0xff);
            if (w5 == 0xffff || w5 == 0) {
                // IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d; also :: and ::1)
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            return false;
        }
        if (w0 == 0x0064 && w1 == 0xff9b) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 64:ff9b::/96
        }
        if (w0 == 0x2002) {
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4
        }
        if ((b[0] & 0xff) == 0xff) {
            return false; // multicast
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return false; // unique local fc00::/7
        }
        if ((w0 & 0xffc0) == 0xfe80 || (w0 & 0xffc0) == 0xfec0) {
            return false; // link-local, site-local (deprecated)
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return false; // documentation
        }
        return true;
    }
}
