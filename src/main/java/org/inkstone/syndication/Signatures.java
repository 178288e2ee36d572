package org.inkstone.syndication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The push signature. Threat: a forged or replayed push making a partner publish or take down an item: each push
 * carries {@code X-Inkstone-Timestamp} (Unix seconds) and {@code X-Inkstone-Signature: sha256=<hex>}, the
 * lower-case hex HMAC-SHA256 (RFC 2104, FIPS 180-4) keyed with the UTF-8 bytes of the partner's secret as shown
 * to it, over the UTF-8 bytes of {@code timestamp + "." + body}. During a secret rotation's grace period the
 * header carries two signatures, the new secret's first: {@code sha256=<new>, sha256=<old>}; a partner accepts
 * the push when any one of them verifies. Stateless and thread-safe (a {@link Mac} per call).
 */
public final class Signatures {

    /** The signature header's name. */
    public static final String HEADER = "X-Inkstone-Signature";
    /** The Unix-seconds timestamp header's name. */
    public static final String TIMESTAMP = "X-Inkstone-Timestamp";
    /** The delivery id header's name (the same on every attempt of one delivery). */
    public static final String DELIVERY = "X-Inkstone-Delivery";

    private Signatures() {
    }

    /** {@code sha256=<64 lower-case hex digits>} of {@code timestamp + "." + body} under {@code secret}. */
    public static String sign(String secret, long timestamp, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /**
     * The header value: the signature under {@code secret}, then, when {@code previousSecret} is not null (a
     * rotation's grace period), {@code ", "} and the signature under it.
     */
    public static String header(String secret, String previousSecret, long timestamp, String body) {
        String s = sign(secret, timestamp, body);
        return previousSecret == null ? s : s + ", " + sign(previousSecret, timestamp, body);
    }

    /**
     * Whether one of the comma-separated {@code sha256=<hex>} values of {@code header} is the signature of
     * {@code timestamp + "." + body} under {@code secret} (compared in constant time). Does not check the
     * timestamp's age: the receiver does (see the README: ±5 minutes).
     */
    public static boolean verify(String secret, String timestamp, String body, String header) {
        if (header == null || timestamp == null || body == null) {
            return false;
        }
        byte[] expected = ("sha256=" + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body)))
                .getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (String part : header.split(",")) {
            ok |= MessageDigest.isEqual(expected, part.strip().getBytes(StandardCharsets.US_ASCII));
        }
        return ok;
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
