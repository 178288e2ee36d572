package org.inkstone.syndication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.account.Role;
import org.inkstone.common.Id;
import org.inkstone.common.Params;
import org.inkstone.common.SiteSettings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The push delivery log, for administrators (a logged-in admin, or the admin token), under
 * {@code /api/admin/deliveries}; 401 {@code login_required} anonymous, 403 {@code forbidden} below admin.
 * <ul>
 *   <li>{@code GET ?partner=&status=&cursor=&size=} → {@code {items: [delivery], nextCursor}}, newest first,
 *       keyset-paged ({@code nextCursor} null on the last page); {@code size} 1–100 (default 50); 400
 *       {@code invalid_parameter} naming {@code partner}, {@code status}, {@code cursor} or {@code size}; 404
 *       {@code partner_not_found};</li>
 *   <li>{@code POST /{id}/redeliver} → the delivery, queued again, due now, with the same uid (a repeat, as after a
 *       crash) and its retry window restarted; 404 {@code delivery_not_found}; 409 {@code delivery_not_finished}
 *       (queued, sending or superseded) or {@code delivery_outdated} (a newer delivery of the item exists);</li>
 *   <li>{@code POST /backfill {partner, count}} → {@code {queued}}: the current documents of the partner's newest
 *       {@code count} (1 to {@code inkstone.syndication.backfill-max}) published articles; 400 naming
 *       {@code partner} (pull-only) or {@code count}; 404 {@code partner_not_found}.</li>
 * </ul>
 * A delivery is {@code {id, uid, partnerId, articleId, version, pubstatus, status, attempts, lastCode, lastError,
 * createdAt, nextAttemptAt, lastAttemptAt, finishedAt, redeliverable}} (never its document); {@code redeliverable}
 * is true when a redeliver would take it now: it is delivered or failed and no newer delivery of the same article
 * exists for the partner ({@link DeliveryService#redeliverable}); the delivery-log page offers 重新投递 only then.
 */
@Path("api/admin/deliveries")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AdminDeliveryResource {

    @Inject
    DeliveryService deliveries;

    @Inject
    SiteSettings site;

    public record DeliveryView(long id, String uid, long partnerId, long articleId, int version, String pubstatus,
                               String status, int attempts, Integer lastCode, String lastError, OffsetDateTime createdAt,
                               OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, OffsetDateTime finishedAt,
                               boolean redeliverable) {
    }

    public record DeliveryLog(List<DeliveryView> items, String nextCursor) {
    }

    /** {@code POST /backfill} body. */
    public record Backfill(@NotNull(message = "必填") @JsonbTypeDeserializer(Id.Json.class) Long partner,
                           @NotNull(message = "必填") @Min(value = 1, message = "至少 1") @Max(value = 1000, message = "过多") Integer count) {
    }

    public record Queued(int queued) {
    }

    @GET
    public DeliveryLog log(@QueryParam("partner") Id partner,
                           @QueryParam("status") @Pattern(regexp = "queued|sending|delivered|failed|superseded", message = "queued、sending、delivered、failed 或 superseded") String status,
                           @QueryParam("cursor") Id cursor,
                           @QueryParam("size") @Pattern(regexp = Params.SIZE, message = "每页条数应为 1 到 100") String size) {
        DeliveryService.LogPage page = deliveries.log(partner == null ? null : partner.value(), status,
                cursor == null ? null : cursor.value(), Params.intOr(size, 50));
        return new DeliveryLog(page.items().stream().map(e -> view(e.delivery(), e.redeliverable())).toList(),
                page.nextBeforeId() == null ? null : page.nextBeforeId().toString());
    }

    @POST
    @Path("{id}/redeliver")
    public DeliveryView redeliver(@PathParam("id") Id id) {
        Delivery d = deliveries.redeliver(id.value());
        return view(d, DeliveryService.redeliverable(d.getStatus(), false)); // queued again: false
    }

    @POST
    @Path("backfill")
    @Consumes(MediaType.APPLICATION_JSON)
    public Queued backfill(@Valid @NotNull(message = "缺少请求内容") Backfill body) {
        return new Queued(deliveries.backfill(body.partner(), body.count()));
    }

    private DeliveryView view(Delivery d, boolean redeliverable) {
        return new DeliveryView(d.getId(), d.getUid(), d.getPartnerId(), d.getArticleId(), d.getVersion(), d.getPubstatus(),
                d.getStatus(), d.getAttempts(), d.getLastCode(), d.getLastError(), time(d.getCreatedAt()),
                time(d.getNextAttemptAt()), time(d.getLastAttemptAt()), time(d.getFinishedAt()), redeliverable);
    }

    private OffsetDateTime time(Instant t) {
        return t == null ? null : t.atZone(site.zone()).toOffsetDateTime();
    }
}
