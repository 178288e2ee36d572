package org.inkstone.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of the client behind a request. Threat: a client that writes its own {@code X-Forwarded-For}
 * would otherwise pick the address that rate limits, blocks and the client hash see. So the socket's peer
 * address is the client unless that peer is one of {@code inkstone.http.trusted-proxies} (addresses or CIDR
 * ranges, comma separated); only then is {@code X-Forwarded-For} read, right to left, skipping further
 * trusted proxies, and the first untrusted address is the client. Entries that are not IP literals end the
 * walk (no name is ever resolved).
 *
 * <p>Immutable after construction; thread-safe.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern LITERAL = Pattern.compile("[0-9.]{7,15}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<byte[][]> trusted = new ArrayList<>(); // {network, mask}

    @Inject
    public ClientAddress(InkstoneConfig config) {
        for (String entry : config.getList("inkstone.http.trusted-proxies")) {
            String[] parts = entry.split("/", 2);
            InetAddress a = literal(parts[0]);
            if (a == null) {
                throw new IllegalStateException("inkstone.http.trusted-proxies: not an IP address or range: " + entry);
            }
            byte[] net = a.getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : net.length * 8;
            byte[] mask = new byte[net.length];
            for (int i = 0; i < bits && i < mask.length * 8; i++) {
                mask[i / 8] |= (byte) (0x80 >>> (i % 8));
            }
            trusted.add(new byte[][] {net, mask});
        }
    }

    /** For CDI proxies only. */
    protected ClientAddress() {
    }

    @Inject
    KeyedHash keyedHash;

    /**
     * The keyed hash (64 hex characters) of the client's address: what Inkstone stores and rate-limits instead
     * of the address itself.
     */
    public String hash(HttpServletRequest request) {
        return keyedHash.hex("client", of(request));
    }

    /** The client's address as text (an IP literal), following the rules above. */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(literal(peer))) {
            return peer;
        }
        String client = peer;
        List<String> hops = new ArrayList<>();
        var headers = request.getHeaders("X-Forwarded-For");
        while (headers != null && headers.hasMoreElements()) {
            for (String hop : headers.nextElement().split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop.getHostAddress();
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    boolean isTrusted(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] a = address.getAddress();
        for (byte[][] range : trusted) {
            byte[] net = range[0];
            byte[] mask = range[1];
            if (net.length != a.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < a.length && match; i++) {
                match = (a[i] & mask[i]) == (net[i] & mask[i]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Parses an IP literal without any name lookup; null when {@code s} is not one. */
    static InetAddress literal(String s) {
        if (s == null || !LITERAL.matcher(s).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
