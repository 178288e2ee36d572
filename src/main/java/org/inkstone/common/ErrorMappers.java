package org.inkstone.common;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception-mapper family. Every failure becomes either JSON {@code {status, code, message, fields}}
 * (paths under {@code /api}) or an HTML error page (reader pages). Stack traces are logged, never sent.
 * Jersey picks the mapper of the closest superclass, so feature exceptions need no mappers of their own.
 * Registered by the application class ({@code web.InkstoneApplication}), like every provider.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    /** Shared rendering: JSON for the API, a page for everything else. */
    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uriInfo;

        @Inject
        Instance<ErrorPage> pages;

        /** True for paths under {@code /api}: errors as JSON there, as pages elsewhere. */
        boolean isApi() {
            String path = uriInfo == null || uriInfo.getPathSegments().isEmpty() ? "" : uriInfo.getPathSegments().get(0).getPath();
            return path.equals("api");
        }

        Response respond(InkstoneException e) {
            ErrorBody body = new ErrorBody(e.status(), e.code(), e.getMessage(), e.fields());
            if (isApi()) {
                return withRetryAfter(e, Response.status(e.status())
                        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body));
            }
            String html;
            try {
                html = pages.get().render(e.status(), e.getMessage());
            } catch (RuntimeException renderFailure) {
                LOG.log(Level.SEVERE, "error page failed to render", renderFailure);
                html = "<!DOCTYPE html><meta charset=utf-8><title>" + e.status() + "</title><h1>" + e.status() + "</h1>";
            }
            return withRetryAfter(e, Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html));
        }

        private static Response withRetryAfter(InkstoneException e, Response.ResponseBuilder b) {
            if (e.retryAfterSeconds() > 0) {
                b.header("Retry-After", e.retryAfterSeconds());
            }
            if (e.challenge() != null) {
                b.header("WWW-Authenticate", e.challenge());
            }
            return b.build();
        }
    }

    public static class Inkstone extends Base<InkstoneException> {
        @Override
        public Response toResponse(InkstoneException e) {
            return respond(e);
        }
    }

    /** Bean Validation failures on parameters and bodies: 400 with each field named. */
    public static class Validation extends Base<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String name = "";
                for (Path.Node node : v.getPropertyPath()) {
                    name = node.getName();
                }
                fields.put(name, v.getMessage());
            }
            String names = String.join(", ", fields.keySet());
            return respond(new InkstoneException(400, "invalid_parameter", "参数无效：" + names, fields));
        }
    }

    /**
     * A request body that is not the JSON the method takes: malformed or wrong types, 400 {@code invalid_json};
     * a field the body type does not have, 400 {@code unknown_field} naming it ({@code fields: {"junk": "未知字段"}},
     * nested fields as {@code outer.inner}); a field that should hold an id but holds something else
     * ({@link Id}), 400 {@code invalid_parameter} naming it.
     */
    public static class Unreadable extends Base<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                    return respond(jsonError(t));
                }
            }
            LOG.log(Level.SEVERE, "request processing failed", e);
            return respond(new InkstoneException(500, "server_error", "服务器内部错误", Map.of()));
        }
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("^Unable to deserialize property '([^']*)'");
    private static final java.util.regex.Pattern UNKNOWN = java.util.regex.Pattern.compile("^Json property (.+?) can not be mapped to a class");

    /**
     * The error for a JSON-B failure. Yasson (3.x) wraps a failure inside a property as "Unable to deserialize
     * property 'name' because of: ..." with the cause kept, once per level, and reports an unknown property as
     * "Json property name can not be mapped to a class ..."; the field path is read from those messages.
     */
    static InkstoneException jsonError(Throwable top) {
        StringBuilder path = new StringBuilder();
        for (Throwable t = top; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            java.util.regex.Matcher property = PROPERTY.matcher(m);
            if (property.find()) {
                path.append(path.length() == 0 ? "" : ".").append(property.group(1));
                continue;
            }
            java.util.regex.Matcher unknown = UNKNOWN.matcher(m);
            if (unknown.find()) {
                String name = unknown.group(1);
                // the name is the client's: echo a bounded prefix only
                String field = (path.length() == 0 ? "" : path + ".") + (name.length() > 64 ? name.substring(0, 64) + "…" : name);
                return new InkstoneException(400, "unknown_field", "未知字段：" + field, Map.of(field, "未知字段"));
            }
            if (t instanceof Id.InvalidIdException && path.length() > 0) {
                return new InvalidParameterException(path.toString(), Id.REASON);
            }
        }
        return new InkstoneException(400, "invalid_json", "请求内容不是有效的 JSON，或字段类型不对", Map.of());
    }

    /** JAX-RS' own errors (unknown path 404, wrong method 405, unsupported type 415, ...). */
    public static class Web extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof InkstoneException cause) {
                return respond(cause); // e.g. a refused parameter from a ParamConverter (Id.Param)
            }
            int status = e.getResponse().getStatus();
            if (status < 400) {
                return e.getResponse();
            }
            String code = switch (status) {
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 406 -> "not_acceptable";
                case 413 -> "payload_too_large";
                case 415 -> "unsupported_media_type";
                default -> status >= 500 ? "server_error" : "bad_request";
            };
            String message = switch (status) {
                case 404 -> "页面不存在";
                case 405 -> "不支持该请求方法";
                case 413 -> "请求内容过大";
                case 415 -> "不支持的内容类型";
                default -> status >= 500 ? "服务器内部错误" : "请求无效";
            };
            if (status >= 500) {
                LOG.log(Level.SEVERE, "request failed", e);
            }
            return respond(new InkstoneException(status, code, message, Map.of()));
        }
    }

    /**
     * Jersey's {@code @RolesAllowed} check ({@code RolesAllowedDynamicFeature}) answers every refusal with this
     * 403. A caller without a principal was never logged in: 401 {@code login_required} (a page sends it to
     * the log-in page instead, 303 to {@code login?return=<the page>}); a logged-in caller without the role
     * gets 403 {@code forbidden}.
     */
    public static class RoleRefused extends Base<jakarta.ws.rs.ForbiddenException> {
        @Context
        jakarta.ws.rs.core.SecurityContext security;

        @Override
        public Response toResponse(jakarta.ws.rs.ForbiddenException e) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            return anonymous ? loginRequired() : respond(new InkstoneException(403, "forbidden", "没有权限执行此操作", Map.of()));
        }

        /** 401 {@code login_required} for the API; for a page, 303 to the log-in page, which returns to it. */
        Response loginRequired() {
            if (!isApi() && uriInfo != null) {
                String page = uriInfo.getBaseUri().getRawPath() + uriInfo.getPath(false).replaceFirst("^/", "");
                return Response.seeOther(uriInfo.getBaseUriBuilder().path("login").queryParam("return", "{page}").build(page)).build();
            }
            return respond(new InkstoneException(401, "login_required", "请先登录", Map.of()));
        }
    }

    /** A 401 from a container's own role check (some servers' {@code @RolesAllowed} filters): as for {@link RoleRefused}. */
    public static class NotLoggedIn extends Base<jakarta.ws.rs.NotAuthorizedException> {
        @Override
        public Response toResponse(jakarta.ws.rs.NotAuthorizedException e) {
            RoleRefused r = new RoleRefused();
            r.uriInfo = uriInfo;
            r.pages = pages;
            return r.loginRequired();
        }
    }

    /**
     * Anything else is a bug or an outage: a failure with an {@link java.sql.SQLException} among its causes (the
     * database is down, restarting, locked past a statement timeout, or the pool had no connection within its
     * wait bound) is 503 {@code unavailable} with {@code Retry-After} ({@link ServiceUnavailableException}),
     * logged as a warning without the stack; anything else is 500 {@code server_error}, logged with its stack.
     * No details reach the client.
     */
    public static class Unexpected extends Base<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (Sql.isDatabaseFailure(e)) {
                LOG.log(Level.WARNING, "database unavailable: {0}", rootMessage(e));
                return respond(new ServiceUnavailableException());
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return respond(new InkstoneException(500, "server_error", "服务器内部错误", Map.of()));
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t.toString();
        }
    }
}
