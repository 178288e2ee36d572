package org.inkstone.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cross-site request forgery defence and CORS. Threat: a page on another site makes a reader's (or an
 * editor's) browser post a comment, flag, log out or withdraw an article with their session cookie. Defence,
 * for every state-changing method (POST, PUT, PATCH, DELETE) on any path (paths with {@code ;} matrix
 * parameters are refused outright, so no path spelling escapes the check):
 * <ol>
 *   <li>an {@code Origin} header must name this host (compared with {@code Host}) or an origin listed in
 *       {@code inkstone.cors.origins}; {@code Origin: null} is refused;</li>
 *   <li>without {@code Origin}, {@code Sec-Fetch-Site: cross-site} is refused (clients that send neither are
 *       not browsers, so no ambient cookie is at stake);</li>
 *   <li>a request body must be {@code application/json}, which an HTML form cannot send, so a cross-site form
 *       post is refused even by a browser that sends no {@code Origin}: 415.</li>
 * </ol>
 * Refusals are 403 {@code cross_site_refused}. The session cookie is also {@code SameSite=Lax}.
 *
 * <p>CORS: reader endpoints (everything under {@code /api} except {@code /api/admin}) answer listed origins
 * with {@code Access-Control-Allow-Origin} and credentials, and answer their preflight requests here.
 * Thread-safe (configuration is read once).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestGuard implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    InkstoneConfig config;

    private volatile Set<String> origins;

    private Set<String> origins() {
        Set<String> o = origins;
        if (o == null) {
            o = Set.copyOf(config.getList("inkstone.cors.origins").stream()
                    .map(s -> s.toLowerCase(Locale.ROOT).replaceAll("/+$", "")).toList());
            origins = o;
        }
        return o;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Matrix parameters (/api;x=1/...) would make the path seen here differ from the path Jersey routes;
        // Inkstone uses none, so a ';' anywhere in the path is refused before anything else looks at it.
        if (request.getUriInfo().getRequestUri().getRawPath().indexOf(';') >= 0) {
            throw new InkstoneException(404, "not_found", "页面不存在", Map.of());
        }
        String path = request.getUriInfo().getPath();
        String origin = request.getHeaderString("Origin");
        String method = request.getMethod();
        if (isApi(path) && "OPTIONS".equals(method) && origin != null
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            request.abortWith(preflight(origin, path));
            return;
        }
        if (!UNSAFE.contains(method)) {
            return; // every unsafe method is checked, whatever the path
        }
        if (origin != null) {
            if (!sameHost(origin, request.getHeaderString("Host")) && !corsAllowed(origin, path)) {
                throw refused();
            }
        } else if ("cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"))) {
            throw refused();
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException malformed) {
            throw unsupportedType();
        }
        boolean hasBody = type != null || request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            throw unsupportedType();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        String path = request.getUriInfo().getPath();
        if (origin != null && isApi(path) && corsAllowed(origin, path)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Allow-Credentials", "true");
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "Retry-After, Location");
            response.getHeaders().add("Vary", "Origin");
        }
    }

    private Response preflight(String origin, String path) {
        if (!corsAllowed(origin, path)) {
            return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(403, "cross_site_refused", "该来源未获准嵌入", Map.of())).build();
        }
        return Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", "GET, POST, DELETE")
                .header("Access-Control-Allow-Headers", "Content-Type, Accept")
                .header("Access-Control-Max-Age", "600")
                .header("Vary", "Origin").build();
    }

    private static boolean isApi(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api") || p.startsWith("api/");
    }

    private boolean corsAllowed(String origin, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return !p.startsWith("api/admin") && origins().contains(origin.toLowerCase(Locale.ROOT));
    }

    /** True when the origin's host[:port] is the request's Host header (scheme ignored: TLS may end at a proxy). */
    static boolean sameHost(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI u = URI.create(origin);
            if (u.getHost() == null) {
                return false;
            }
            String authority = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
            String h = host.toLowerCase(Locale.ROOT);
            String a = authority.toLowerCase(Locale.ROOT);
            return h.equals(a) || (u.getPort() < 0 && (h.equals(a + ":80") || h.equals(a + ":443")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static InkstoneException unsupportedType() {
        return new InkstoneException(415, "unsupported_media_type", "请求内容必须是 application/json", Map.of());
    }

    private static ForbiddenException refused() {
        return new ForbiddenException("cross_site_refused", "跨站请求被拒绝");
    }
}
