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
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception-mapper family. Every failure becomes either JSON {@code {status, code, message, fields}}
 * (paths under {@code /api}) or an HTML error page (reader pages). Stack traces are logged, never sent.
 * Jersey picks the mapper of the closest superclass, so feature exceptions need no mappers of their own.
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

        Response respond(InkstoneException e) {
            String path = uriInfo == null || uriInfo.getPathSegments().isEmpty() ? "" : uriInfo.getPathSegments().get(0).getPath();
            ErrorBody body = new ErrorBody(e.status(), e.code(), e.getMessage(), e.fields());
            if (path.equals("api")) {
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
            if (e instanceof TooManyRequestsException t) {
                b.header("Retry-After", t.retryAfterSeconds());
            }
            return b.build();
        }
    }

    @Provider
    public static class Inkstone extends Base<InkstoneException> {
        @Override
        public Response toResponse(InkstoneException e) {
            return respond(e);
        }
    }

    /** Bean Validation failures on parameters and bodies: 400 with each field named. */
    @Provider
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

    /** A request body that is not the JSON the method takes (malformed, wrong types): 400 {@code invalid_json}. */
    @Provider
    public static class Unreadable extends Base<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                    return respond(new InkstoneException(400, "invalid_json", "请求内容不是有效的 JSON，或字段类型不对", Map.of()));
                }
            }
            LOG.log(Level.SEVERE, "request processing failed", e);
            return respond(new InkstoneException(500, "server_error", "服务器内部错误", Map.of()));
        }
    }

    /** JAX-RS' own errors (unknown path 404, wrong method 405, unsupported type 415, ...). */
    @Provider
    public static class Web extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status < 400) {
                return e.getResponse();
            }
            String code = switch (status) {
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 406 -> "not_acceptable";
                case 415 -> "unsupported_media_type";
                default -> status >= 500 ? "server_error" : "bad_request";
            };
            String message = switch (status) {
                case 404 -> "页面不存在";
                case 405 -> "不支持该请求方法";
                case 415 -> "不支持的内容类型";
                default -> status >= 500 ? "服务器内部错误" : "请求无效";
            };
            if (status >= 500) {
                LOG.log(Level.SEVERE, "request failed", e);
            }
            return respond(new InkstoneException(status, code, message, Map.of()));
        }
    }

    /** Anything else is a bug or an outage (database down): 500/503 without details. */
    @Provider
    public static class Unexpected extends Base<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "unexpected failure", e);
            boolean unavailable = causedBySql(e);
            return respond(unavailable
                    ? new InkstoneException(503, "unavailable", "服务暂时不可用，请稍后再试", Map.of())
                    : new InkstoneException(500, "server_error", "服务器内部错误", Map.of()));
        }

        private static boolean causedBySql(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException) {
                    return true;
                }
            }
            return false;
        }
    }
}
