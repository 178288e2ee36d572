package org.inkstone.syndication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Role;
import org.inkstone.common.Id;
import org.inkstone.common.SiteSettings;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Partner media centres, for administrators (a logged-in admin, or the admin token), under
 * {@code /api/admin/partners}; 401 {@code login_required} anonymous, 403 {@code forbidden} below admin.
 * <ul>
 *   <li>{@code POST {name, endpoint, format, channels}} → 201 {@code {id, key, secret}} (+ {@code Location}): the
 *       pull key and the signing secret, shown only in this answer; {@code endpoint} null for a pull-only partner;
 *       {@code channels} empty or absent for all. 400 {@code invalid_parameter} ({@code name} not 1–100
 *       characters, {@code format} not ninjs/newsml-g2, {@code channels} naming an unknown channel), 400
 *       {@code endpoint_not_allowed} ({@link EndpointGuard}), 400 {@code unknown_field}, 409
 *       {@code partner_name_taken};</li>
 *   <li>{@code GET} → {@code {items: [partner]}} oldest first; {@code GET /{id}} → the partner;</li>
 *   <li>{@code PUT /{id} {name, endpoint, channels}} → the partner: replaces all three (the format is fixed);</li>
 *   <li>{@code POST /{id}/pause}, {@code /{id}/resume} → the partner (resume clears the failing flag);</li>
 *   <li>{@code POST /{id}/rotate-secret} → {@code {secret, previousSecretUntil}}: the new signing secret, shown
 *       once; the previous one signs too until {@code previousSecretUntil} (null: no grace period);</li>
 *   <li>{@code POST /{id}/rotate-key} → {@code {key}}: the new pull key, shown once; the old one stops at once;</li>
 *   <li>{@code DELETE /{id}} → 204: the partner, its channels and its delivery log are gone.</li>
 * </ul>
 * A partner is {@code {id, name, endpoint, format, channels, paused, pausedReason (manual|failing|null),
 * failingSince, previousSecretUntil, startSeq, createdAt, updatedAt}} (never its key or secret); 404
 * {@code partner_not_found} for an unknown id.
 */
@Path("api/admin/partners")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AdminPartnerResource {

    @Inject
    PartnerService partners;

    @Inject
    SiteSettings site;

    /** {@code POST} body. */
    public record NewPartner(
            @NotNull(message = "必填") @Size(max = 400, message = "1–100 个字符") String name,
            @Size(max = PartnerService.MAX_ENDPOINT, message = "最长 2000 个字符") String endpoint,
            @NotNull(message = "必填") @Size(max = 16, message = "ninjs 或 newsml-g2") String format,
            @Size(max = PartnerService.MAX_CHANNELS, message = "最多 200 个栏目") List<@NotNull(message = "栏目无效") @Size(max = 32, message = "栏目无效") String> channels) {
    }

    /** {@code PUT} body: the whole replacement. */
    public record PartnerUpdate(
            @NotNull(message = "必填") @Size(max = 400, message = "1–100 个字符") String name,
            @Size(max = PartnerService.MAX_ENDPOINT, message = "最长 2000 个字符") String endpoint,
            @NotNull(message = "必填（空数组表示全部栏目）") @Size(max = PartnerService.MAX_CHANNELS, message = "最多 200 个栏目") List<@NotNull(message = "栏目无效") @Size(max = 32, message = "栏目无效") String> channels) {
    }

    /** A partner as administrators see it (no credentials). */
    public record PartnerView(long id, String name, String endpoint, String format, List<String> channels, boolean paused,
                              String pausedReason, OffsetDateTime failingSince, OffsetDateTime previousSecretUntil,
                              long startSeq, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    public record PartnerList(List<PartnerView> items) {
    }

    public record NewSecret(String secret, OffsetDateTime previousSecretUntil) {
    }

    public record NewKey(String key) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull(message = "缺少请求内容") NewPartner body) {
        PartnerService.Registered r = partners.register(body.name(), body.endpoint(), body.format(), body.channels());
        return Response.created(URI.create("api/admin/partners/" + r.id())).entity(r).build();
    }

    @GET
    public PartnerList list() {
        return new PartnerList(partners.list().stream().map(this::view).toList());
    }

    @GET
    @Path("{id}")
    public PartnerView get(@PathParam("id") Id id) {
        return view(partners.require(id.value()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerView update(@PathParam("id") Id id, @Valid @NotNull(message = "缺少请求内容") PartnerUpdate body) {
        return view(partners.update(id.value(), body.name(), body.endpoint(), body.channels()));
    }

    @POST
    @Path("{id}/pause")
    public PartnerView pause(@PathParam("id") Id id) {
        return view(partners.pause(id.value()));
    }

    @POST
    @Path("{id}/resume")
    public PartnerView resume(@PathParam("id") Id id) {
        return view(partners.resume(id.value()));
    }

    @POST
    @Path("{id}/rotate-secret")
    public NewSecret rotateSecret(@PathParam("id") Id id) {
        String secret = partners.rotateSecret(id.value());
        return new NewSecret(secret, time(partners.require(id.value()).getPreviousSecretUntil()));
    }

    @POST
    @Path("{id}/rotate-key")
    public NewKey rotateKey(@PathParam("id") Id id) {
        return new NewKey(partners.rotateKey(id.value()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Id id) {
        partners.delete(id.value());
        return Response.noContent().build();
    }

    private PartnerView view(Partner p) {
        return new PartnerView(p.getId(), p.getName(), p.getEndpoint(), p.getFormat(), p.getChannels(), p.isPaused(),
                p.getPausedReason(), time(p.getFailingSince()), time(p.getPreviousSecretUntil()), p.getStartSeq(),
                time(p.getCreatedAt()), time(p.getUpdatedAt()));
    }

    private OffsetDateTime time(Instant t) {
        return t == null ? null : t.atZone(site.zone()).toOffsetDateTime();
    }
}
