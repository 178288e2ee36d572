package org.inkstone.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Request body limits. Threat: a client makes the server buffer and parse megabytes (or JSON nested
 * thousands deep, which costs stack and time) before any check or rate limit can refuse it. Every resource
 * method gets a filter, before its body is read:
 * <ol>
 *   <li>a {@code Content-Length} above the method's limit ({@link MaxBodyBytes}, else
 *       {@code inkstone.http.max-json-bytes}, default 16 KiB) is 413 {@code payload_too_large} at once, nothing
 *       read;</li>
 *   <li>otherwise (also for chunked bodies, which announce no length) the body is read up to the limit plus one
 *       byte; one byte too many is the same 413, and the rest is never read;</li>
 *   <li>a JSON body (or one without a {@code Content-Type}) nested deeper than
 *       {@code inkstone.http.max-json-depth} (default 32) arrays and objects is 400 {@code invalid_json},
 *       before JSON-B sees it;</li>
 *   <li>the method then reads its entity from the buffered copy.</li>
 * </ol>
 * The filter runs after authentication and authorisation (an anonymous caller of an admin endpoint gets its
 * 401 without the body being read) and before the resource method, hence before the rate limits that the
 * methods apply. Thread-safe: the limits are fixed per method at start-up.
 */
@ApplicationScoped
public class BodyLimits implements DynamicFeature {

    /** After {@code @RolesAllowed} (AUTHORIZATION), before entity-reading filters and the resource method. */
    static final int PRIORITY = Priorities.AUTHORIZATION + 500;

    @Inject
    InkstoneConfig config;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        InkstoneConfig c = config != null ? config : new InkstoneConfig(); // when Jersey, not CDI, made this feature
        MaxBodyBytes limit = method.getAnnotation(MaxBodyBytes.class);
        if (limit == null) {
            limit = resource.getResourceClass().getAnnotation(MaxBodyBytes.class);
        }
        long max = limit == null ? ConfigValues.intIn(c, "inkstone.http.max-json-bytes", 1_024, 16 * 1_024 * 1_024)
                : limit.key().isEmpty() ? limit.value() : limit.value() + ConfigValues.positiveInt(c, limit.key());
        context.register(new Limit(max, ConfigValues.intIn(c, "inkstone.http.max-json-depth", 2, 1_000)), PRIORITY);
    }

    /**
     * Whether a {@code Content-Length} header value announces more than {@code maxBytes}. Null or empty (no
     * header: chunked or no body) is not too large here (the stream is capped instead); a value that is not
     * a decimal number is treated as too large (the server cannot know how much is coming).
     */
    public static boolean announcedTooLarge(String contentLength, long maxBytes) {
        if (contentLength == null || contentLength.isBlank()) {
            return false;
        }
        String v = contentLength.trim();
        if (v.length() > 18 || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return true;
        }
        return Long.parseLong(v) > maxBytes;
    }

    /**
     * Reads {@code in} to its end, at most {@code maxBytes} bytes; throws {@link PayloadTooLargeException}
     * as soon as one more byte arrives (the rest is left unread). An I/O failure is an
     * {@link UncheckedIOException}.
     */
    public static byte[] readAtMost(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 8192));
        byte[] buf = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf, 0, (int) Math.min(buf.length, maxBytes - total + 1))) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The deepest nesting of arrays and objects in {@code json} (0 for a scalar), counting only brackets
     * outside strings; stops counting, and returns {@code limit + 1}, once it passes {@code limit}. Does not
     * validate the JSON (the parser does that afterwards).
     */
    public static int depth(byte[] json, int limit) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++; // the escaped character, whatever it is
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                depth++;
                if (depth > max) {
                    max = depth;
                    if (max > limit) {
                        return limit + 1;
                    }
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return max;
    }

    /**
     * Whether the nesting check applies to a body of this type: JSON ({@code application/json},
     * {@code application/*+json}) or no declared type. Other bodies (multipart uploads, images) are not JSON,
     * and their bytes would count as brackets.
     */
    static boolean isJsonOrUntyped(jakarta.ws.rs.core.MediaType type) {
        return type == null || "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** 413 {@code payload_too_large}, naming the limit in bytes. */
    public static final class PayloadTooLargeException extends InkstoneException {
        public PayloadTooLargeException(long maxBytes) {
            super(413, "payload_too_large", "请求内容过大：最多 " + maxBytes + " 字节", Map.of());
        }
    }

    /** The per-method filter: limits fixed when the application starts. */
    static final class Limit implements ContainerRequestFilter {
        private final long maxBytes;
        private final int maxDepth;

        Limit(long maxBytes, int maxDepth) {
            this.maxBytes = maxBytes;
            this.maxDepth = maxDepth;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (announcedTooLarge(request.getHeaderString("Content-Length"), maxBytes)) {
                throw new PayloadTooLargeException(maxBytes);
            }
            if (!request.hasEntity()) {
                return;
            }
            byte[] body = readAtMost(request.getEntityStream(), maxBytes);
            if (isJsonOrUntyped(request.getMediaType()) && depth(body, maxDepth) > maxDepth) {
                throw new InkstoneException(400, "invalid_json", "JSON 嵌套过深：最多 " + maxDepth + " 层", Map.of());
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }
}
