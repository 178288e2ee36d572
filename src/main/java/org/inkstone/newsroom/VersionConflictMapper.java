package org.inkstone.newsroom;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.Map;

/**
 * 409 {@code {status, code, message, fields: {}, current}} for {@link VersionConflictException} (the newsroom API
 * only, always JSON); registered by the application class. Jersey picks it over the common mapper of
 * {@link org.inkstone.common.InkstoneException} as the closer match.
 */
public class VersionConflictMapper implements ExceptionMapper<VersionConflictException> {

    /** The error body with the current article. */
    public record Body(int status, String code, String message, Map<String, String> fields, NewsroomViews.Article current) {
    }

    @Override
    public Response toResponse(VersionConflictException e) {
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Body(409, e.code(), e.getMessage(), Map.of(), e.current())).build();
    }
}
