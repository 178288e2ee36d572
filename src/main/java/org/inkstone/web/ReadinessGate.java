package org.inkstone.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkstone.common.ErrorBody;
import org.inkstone.common.ErrorPage;
import org.inkstone.common.JsonConfig;
import org.inkstone.common.ServiceUnavailableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The readiness gate: while this node's last health evaluation ({@link HealthMonitor}) says it is not ready
 * (database down, index behind, or not evaluated yet), every request is answered 503 {@code unavailable} with
 * {@code Retry-After} ({@link ServiceUnavailableException#RETRY_AFTER_SECONDS}) and {@code Cache-Control:
 * no-store} before anything else runs: {@code {status, code, message, fields}} JSON under {@code /api}, the
 * reader's HTML error page (without navigation, which would ask the database) elsewhere. Exempt:
 * {@code /api/health} (it reports why), {@code /api/ping} and the static files under {@code /assets/} (the error
 * page's stylesheet; no database). A proxy configured with {@code proxy_next_upstream ... http_503} sends a
 * refused request on to another node, and counts the 503 against this one ({@code max_fails}).
 *
 * <p>Cost per request while ready: one volatile read. Thread-safe.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ReadinessGate extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ReadinessGate.class.getName());

    @Inject
    HealthMonitor monitor;

    @Inject
    Instance<ErrorPage> pages;

    private final Jsonb jsonb = JsonbBuilder.create(JsonConfig.config());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (monitor.ready() || exempt(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(503);
        response.setHeader("Retry-After", Long.toString(ServiceUnavailableException.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        String body;
        if (isApi(path)) {
            response.setContentType("application/json;charset=UTF-8");
            body = jsonb.toJson(new ErrorBody(503, "unavailable", ServiceUnavailableException.MESSAGE, Map.of()));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = page();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private String page() {
        try {
            return pages.get().render(503, ServiceUnavailableException.MESSAGE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "error page failed to render", e);
            return "<!DOCTYPE html><meta charset=utf-8><title>503</title><h1>503</h1>";
        }
    }

    /**
     * Whether a request for {@code path} (after the context path, starting with {@code /}) passes a node that
     * is not ready: {@code /api/health}, {@code /api/ping} and anything under {@code /assets/}.
     */
    static boolean exempt(String path) {
        return path.equals("/api/health") || path.equals("/api/ping") || path.startsWith("/assets/");
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.fine("closing Jsonb: " + e);
        }
        super.destroy();
    }
}
