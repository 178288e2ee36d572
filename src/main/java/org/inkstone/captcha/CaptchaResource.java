package org.inkstone.captcha;

import org.inkstone.common.InkstoneConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.inkstone.common.RateLimit;
import org.inkstone.common.RateLimiter;

import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/captcha} issues a challenge (201 {@code {id, imageUrl, expiresAt}}; {@code imageUrl} is
 * absolute, under {@code inkstone.site.base-url} when set, else under the request's own base URL); {@code GET
 * /api/captcha/{id}/image} returns its PNG with {@code Cache-Control: no-store} (404 once used or expired).
 * Both are limited per client address ({@link RateLimit#CAPTCHA}, shared by every node), then 429.
 */
@Tag(name = "captcha", description = "验证码")
@Path("api/captcha")
@RequestScoped
public class CaptchaResource {

    @Inject
    CaptchaService captchas;

    @Inject
    RateLimiter limiter;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @Inject
    org.inkstone.common.SiteSettings site;

    @Operation(summary = "申请验证码", description = "返回挑战编号、图片地址与过期时间。")
    @APIResponse(responseCode = "201", description = "{id, imageUrl, expiresAt}", content = @Content(schema = @Schema(ref = "Challenge")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "413", description = "请求内容过大（payload_too_large）")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(@Valid @NotNull(message = "缺少请求内容") NewChallenge body) {
        limit();
        StoredChallenge c = captchas.issue(body.action(), body.articleId());
        URI base = site.baseUrl();
        URI image = (base == null ? uriInfo.getBaseUriBuilder() : jakarta.ws.rs.core.UriBuilder.fromUri(base))
                .path("api/captcha/{id}/image").build(c.getId());
        Challenge out = new Challenge(c.getId(), image.toString(), c.getExpiresAt().atZone(site.zone()).toOffsetDateTime());
        return Response.created(image).entity(out).cacheControl(noStore()).build();
    }

    @Operation(summary = "验证码图片", description = "PNG，不可缓存；用过或过期后为 404。")
    @APIResponse(responseCode = "200", description = "PNG 图片", content = @Content(mediaType = "image/png"))
    @APIResponse(responseCode = "404", description = "不存在")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @GET
    @Path("{id}/image")
    @Produces("image/png")
    public Response image(@PathParam("id") @Pattern(regexp = "[A-Za-z0-9_-]{22}", message = "验证码编号无效") String id) {
        limit();
        byte[] png = captchas.image(id).orElseThrow(NotFoundException::new);
        return Response.ok(png, "image/png").cacheControl(noStore()).build();
    }

    private void limit() {
        limiter.hitClient(request, RateLimit.CAPTCHA);
    }

    private static CacheControl noStore() {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        cc.setNoCache(true);
        return cc;
    }
}
