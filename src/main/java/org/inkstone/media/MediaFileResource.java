package org.inkstone.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the library's images to everyone: {@code GET /media/<hash>.<ext>} (full size) and
 * {@code /media/<hash>-<width>.<ext>} (a page size), {@code ext} {@code jpg} or {@code png} as stored. A URL
 * names content that never changes, so: {@code Cache-Control: public, max-age=31536000, immutable}, a strong
 * {@code ETag} ({@code "<hash>"} or {@code "<hash>-<width>"}), 304 for a matching {@code If-None-Match}
 * (without reading the bytes). Anything else (unknown image or size, wrong extension, malformed name) is the
 * 404 page.
 */
@Path("media/{name}")
@RequestScoped
public class MediaFileResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})(?:-([1-9][0-9]{0,3}))?\\.(jpg|png)");

    @Inject
    MediaService media;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Operation(hidden = true)
    @GET
    public Response get(@PathParam("name") String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new NotFoundException();
        }
        String hash = m.group(1);
        Integer width = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Encoding wanted = Encoding.ofExtension(m.group(3)).orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(width == null ? hash : hash + "-" + width);
        if (headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            if (media.encodingOf(hash, width).filter(wanted::equals).isEmpty()) {
                throw new NotFoundException();
            }
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            if (notModified != null) {
                return notModified.header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
            }
        }
        MediaFile file = media.file(hash, width).filter(f -> Encoding.ofDb(f.getEncoding()) == wanted)
                .orElseThrow(NotFoundException::new);
        return Response.ok(file.getBytes(), wanted.mediaType()).tag(tag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
    }
}
