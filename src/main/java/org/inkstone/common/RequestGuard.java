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

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Cross-site request forgery defence and CORS. Threat: a page on another site makes a reader's (or an
 * editor's) browser post a comment, flag, log out or withdraw an article with their session cookie. Defence,
 * for every state-changing method (anything but GET, HEAD, OPTIONS) on any path (paths with {@code ;} matrix
 * parameters are refused outright, so no path spelling escapes the check), decided by {@link CrossSiteCheck}:
 * <ol>
 *   <li>an {@code Origin} header must be a strict {@code scheme://host[:port]} ({@link Origin}: no user
 *       information, path, query or fragment; {@code Origin: null} is refused) naming this host (compared
 *       with {@code Host}) or an origin listed in {@code inkstone.cors.origins};</li>
 *   <li>without {@code Origin}, {@code Sec-Fetch-Site: cross-site} is refused (clients that send neither are
 *       not browsers, so no ambient cookie is at stake);</li>
 *   <li>a request body must be {@code application/json}, which an HTML form cannot send, so a cross-site form
 *       post is refused even by a browser that sends no {@code Origin}: 415.</li>
 * </ol>
 * Refusals are 403 {@code cross_site_refused}. The session cookie is also {@code SameSite=Lax}.
 *
 * <p>CORS: reader endpoints (everything under {@code /api} except {@code /api/admin}) answer listed origins
 * with {@code Access-Control-Allow-Origin} and credentials, and answer their preflight requests here. Listed
 * origins are compared in their canonical form (lower case, no trailing slash); an entry that is not an origin
 * is ignored with a warning.
 * Thread-safe (configuration is read once).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestGuard implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

    @Inject
    InkstoneConfig config;

    private volatile Set<String> origins;

    private Set<String> origins() {
        Set<String> o = origins;
        if (o == null) {
            Set<String> listed = new HashSet<>();
            for (String entry : config.getList("inkstone.cors.origins")) {
                Optional<Origin> parsed = Origin.parse(entry.strip().replaceAll("/+$", ""));
                if (parsed.isPresent()) {
                    listed.add(parsed.get().toString());
                } else {
                    LOG.warning("inkstone.cors.origins: not an origin (scheme://host[:port]), ignored: " + entry);
                }
            }
            o = Set.copyOf(listed);
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
        boolean hasBody = request.getHeaderString("Content-Type") != null || request.getLength() > 0
                || request.getHeaderString("Transfer-Encoding") != null;
        switch (CrossSiteCheck.decide(method, origin, request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString("Content-Type"), hasBody, request.getHeaderString("Host"), o -> corsAllowed(o, path))) {
            case CROSS_SITE_REFUSED -> throw refused();
            case UNSUPPORTED_MEDIA_TYPE -> throw unsupportedType();
            case ALLOWED -> {
            }
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
        return Origin.parse(origin).map(o -> corsAllowed(o, path)).orElse(false);
    }

    private boolean corsAllowed(Origin origin, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return !p.startsWith("api/admin") && origins().contains(origin.toString());
    }

    private static InkstoneException unsupportedType() {
        return new InkstoneException(415, "unsupported_media_type", "请求内容必须是 application/json", Map.of());
    }

    private static ForbiddenException refused() {
        return new ForbiddenException("cross_site_refused", "跨站请求被拒绝");
    }
}
