package org.inkstone.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.inkstone.account.Account;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.common.BodyLimits;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.MaxBodyBytes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The newsroom's media library API (staff: editor and above; the script token too), JSON:
 * <ul>
 *   <li>{@code POST /api/newsroom/media}, {@code multipart/form-data} with parts {@code file} (the image: JPEG,
 *       PNG, WebP or GIF, at most {@code inkstone.media.max-bytes}; its name and declared type are ignored) and
 *       {@code alt} (1–200 characters) → 201 {@link MediaView} with {@code Location}, or 200 with the stored
 *       image when the same image was already in the library. Errors: 400 {@code invalid_parameter} naming
 *       {@code alt} or {@code file} (missing), 415 {@code unsupported_image} (does not decode, or empty),
 *       400 {@code image_too_large_pixels} (more than {@code inkstone.media.max-pixels}), 413
 *       {@code payload_too_large} (the request over the file limit plus {@link MediaSettings#ENVELOPE_BYTES},
 *       refused from its {@code Content-Length} before reading, or the file over the limit), 503
 *       {@code image_busy} with {@code Retry-After} (seconds) when another image kept the decoder busy for 10 s
 *       or the heap ran short (one image is decoded at a time, see {@link ImagePipeline});</li>
 *   <li>{@code GET /api/newsroom/media?cursor=&size=} → {@link MediaPage}, newest first, {@code size} 1–100
 *       (30).</li>
 * </ul>
 * Not in the public OpenAPI document (staff only).
 */
@Path("api/newsroom/media")
@RolesAllowed(Role.Names.REPORTER)
@RequestScoped
public class MediaResource {

    @Inject
    MediaService media;

    @Inject
    MediaSettings settings;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Operation(hidden = true)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @MaxBodyBytes(value = MediaSettings.ENVELOPE_BYTES, key = "inkstone.media.max-bytes")
    public Response upload(@FormDataParam("file") FormDataBodyPart file, @FormDataParam("alt") String alt) {
        MediaService.checkAlt(alt); // a missing alt is named before the image is looked at
        if (file == null) {
            throw new InvalidParameterException("file", "请选择要上传的图片");
        }
        byte[] bytes;
        try (InputStream in = file.getValueAs(InputStream.class)) {
            bytes = BodyLimits.readAtMost(in, settings.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Upload u = media.upload(bytes, alt, caller.account().map(Account::getId).orElse(null));
        if (!u.created()) {
            return Response.ok(u.media()).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder().path(u.media().url()).build()).entity(u.media()).build();
    }

    @Operation(hidden = true)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public MediaPage list(@QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("30") String size) {
        if (!size.matches(org.inkstone.common.Params.SIZE)) {
            throw new InvalidParameterException("size", "须为 1–100");
        }
        return media.list(cursor == null || cursor.isEmpty() ? null : cursor, Integer.parseInt(size));
    }
}
