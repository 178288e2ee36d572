package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleCursor;
import org.inkstone.article.ArticleItem;
import org.inkstone.article.ArticleList;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;
import org.inkstone.common.InvalidParameterException;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The push outbox's rules: writing deliveries (in the publishing transaction), claiming due ones with a lease,
 * recording attempts (retry with back-off, give up, supersede, flag and pause a failing partner), the delivery log,
 * redeliver and backfill. The HTTP side is {@link DeliveryWorker}'s. Thread-safe (stateless; the database holds
 * the state, and every status change by the worker is conditional on its lease).
 */
@ApplicationScoped
public class DeliveryService {

    /** Delivery statuses (V9). */
    public static final String QUEUED = "queued";
    public static final String SENDING = "sending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String SUPERSEDED = "superseded";
    public static final Set<String> STATUSES = Set.of(QUEUED, SENDING, DELIVERED, FAILED, SUPERSEDED);

    @Inject
    DeliveryMapper mapper;

    @Inject
    PartnerMapper partnerMapper;

    @Inject
    PartnerService partners;

    @Inject
    SyndicationDocuments documents;

    @Inject
    ItemAssembler assembler;

    @Inject
    SyndicationSettings settings;

    @Inject
    ArticleService articles;

    /** The time source; tests replace it. */
    Clock clock = Clock.systemUTC();

    /**
     * Writes one queued delivery per partner with an endpoint that takes {@code change}'s channel (active or
     * paused: a paused partner's wait), each with the document rendered now in the partner's format and a new
     * uid, and marks that partner's older queued deliveries of the article superseded. Joins the caller's
     * transaction (the publishing one), so the outbox commits or rolls back with the publication.
     *
     * @return how many deliveries were written
     */
    @Transactional
    public int enqueue(Change change) {
        List<Partner> subscribers = partners.pushPartnersFor(change.channelId());
        if (subscribers.isEmpty()) {
            return 0;
        }
        Map<Format, SyndicationDocuments.Document> rendered = new EnumMap<>(Format.class);
        ItemContent item = assembler.assemble(change.articleId()); // once, for both formats
        Instant now = clock.instant();
        for (Partner p : subscribers) {
            SyndicationDocuments.Document doc = rendered.computeIfAbsent(p.format(), f -> SyndicationDocuments.render(item, f));
            write(p, doc, now);
        }
        return subscribers.size();
    }

    private Delivery write(Partner p, SyndicationDocuments.Document doc, Instant now) {
        Delivery d = new Delivery();
        d.setUid(UUID.randomUUID().toString());
        d.setPartnerId(p.getId());
        d.setArticleId(doc.articleId());
        d.setVersion(doc.version());
        d.setPubstatus(doc.pubStatus().id());
        d.setDocument(doc.body());
        d.setStatus(QUEUED);
        d.setNextAttemptAt(now);
        d.setRetryUntil(now.plus(settings.retryFor()));
        d.setCreatedAt(now);
        mapper.insert(d);
        mapper.supersedeQueued(p.getId(), doc.articleId(), d.getId(), now);
        return d;
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code owner} (this node) until now + the lease: each with a
     * conditional UPDATE, so of several nodes (or threads) exactly one gets a delivery. Each statement commits on
     * its own. Skips the partners in {@code busyPartners} (those this node is sending to now) and takes at most one
     * delivery per partner ({@link #onePerPartner}), so a partner that hangs until the timeout holds one sender of
     * this node, never all of them. The price: on one node, one partner's deliveries go one after another.
     *
     * @return the claimed deliveries with their documents, oldest due first
     */
    public List<Delivery> claim(String owner, int limit, java.util.Set<Long> busyPartners) {
        Instant now = clock.instant();
        List<Delivery> out = new ArrayList<>();
        for (Delivery due : onePerPartner(mapper.listClaimable(now, limit * 4), busyPartners)) {
            if (out.size() == limit) {
                break;
            }
            if (mapper.claim(due.getId(), owner, now.plus(settings.lease()), now) == 1) {
                out.add(mapper.findById(due.getId()));
            }
        }
        return out;
    }

    /**
     * Of {@code due} (in claim order), the first delivery of each partner that is not in {@code busy}, in the same
     * order. Pure.
     */
    static List<Delivery> onePerPartner(List<Delivery> due, java.util.Set<Long> busy) {
        java.util.Set<Long> taken = new java.util.HashSet<>(busy);
        List<Delivery> out = new ArrayList<>();
        for (Delivery d : due) {
            if (taken.add(d.getPartnerId())) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Records one attempt of claimed delivery {@code d} by {@code owner}: delivered (the partner's failing flag
     * cleared); or, when it failed, superseded if a newer version of the item is queued for the partner, failed
     * when the outcome says so or the retry window ({@code retry_until}) has passed, else queued again after
     * {@link Backoff} (honouring {@code Retry-After} up to the cap). A failure sets the partner's
     * {@code failing_since} (when not set) and pauses it (reason failing) once that is older than
     * {@code inkstone.syndication.pause-after-minutes}. Does nothing when {@code owner} lost the lease.
     *
     * @return the delivery's new status, or null when the lease was lost
     */
    @Transactional
    public String record(Delivery d, String owner, PushOutcome outcome) {
        Instant now = clock.instant();
        if (outcome.kind() == PushOutcome.Kind.DELIVERED) {
            if (mapper.finish(d.getId(), owner, DELIVERED, outcome.code(), null, now) == 0) {
                return null;
            }
            partnerMapper.clearFailing(d.getPartnerId());
            return DELIVERED;
        }
        String status;
        int changed;
        if (mapper.countNewerQueued(d.getPartnerId(), d.getArticleId(), d.getId()) > 0) {
            status = SUPERSEDED;
            changed = mapper.finish(d.getId(), owner, status, outcome.code(), outcome.error(), now);
        } else if (outcome.kind() == PushOutcome.Kind.FAIL || !now.isBefore(d.getRetryUntil())) {
            status = FAILED;
            changed = mapper.finish(d.getId(), owner, status, outcome.code(), outcome.error(), now);
        } else {
            status = QUEUED;
            Duration wait = new Backoff(settings.retryBase(), settings.retryMax())
                    .delay(d.getAttempts() + 1, outcome.retryAfter(), ThreadLocalRandom.current());
            changed = mapper.requeue(d.getId(), owner, outcome.code(), outcome.error(), now, now.plus(wait));
        }
        if (changed == 0) {
            return null;
        }
        partnerMapper.markFailing(d.getPartnerId(), now);
        partnerMapper.pauseIfFailingSince(d.getPartnerId(), now.minus(settings.pauseAfter()), now);
        return status;
    }

    /** Puts the deliveries {@code owner} is sending back in the queue (its clean shutdown); how many. */
    public int release(String owner) {
        return mapper.releaseLeases(owner, clock.instant());
    }

    /** A page of the delivery log and the cursor of the next one (null on the last page). */
    public record LogPage(List<LogEntry> items, Long nextBeforeId) {
    }

    /** A delivery of the log and whether {@link #redeliver} would take it now ({@link #redeliverable}). */
    public record LogEntry(Delivery delivery, boolean redeliverable) {
    }

    /**
     * Whether a delivery can be redelivered: it is finished ({@code delivered} or {@code failed}; queued and
     * sending ones go out anyway, superseded ones never) and no newer delivery of the same article exists for the
     * partner ({@code hasNewer}; older versions are never sent again, so an item's versions never arrive out of
     * order). The rule of {@link #redeliver} and of the log's {@code redeliverable}.
     */
    static boolean redeliverable(String status, boolean hasNewer) {
        return (DELIVERED.equals(status) || FAILED.equals(status)) && !hasNewer;
    }

    /**
     * The delivery log newest first, keyset-paged by id (documents left out), each delivery with whether it can be
     * redelivered now ({@link #redeliverable}; two queries a page).
     *
     * @param partnerId one partner (404 when unknown) or null for all
     * @param status    one of {@link #STATUSES} or null (400 naming {@code status} otherwise)
     * @param beforeId  the previous page's {@code nextBeforeId}, or null for the newest
     * @param size      1–100
     */
    public LogPage log(Long partnerId, String status, Long beforeId, int size) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidParameterException("status", "queued、sending、delivered、failed 或 superseded");
        }
        if (partnerId != null) {
            partners.require(partnerId);
        }
        List<Delivery> rows = mapper.listLog(partnerId, status, beforeId, size + 1);
        Long next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = rows.get(size - 1).getId();
        }
        Set<Long> withNewer = rows.isEmpty() ? Set.of()
                : Set.copyOf(mapper.listWithNewer(rows.stream().map(Delivery::getId).toList()));
        return new LogPage(rows.stream().map(d -> new LogEntry(d, redeliverable(d.getStatus(), withNewer.contains(d.getId()))))
                .toList(), next);
    }

    /**
     * Queues a delivered or failed delivery again, due now, with the same uid and document (a repeat: receivers
     * that already took it recognise the uid); its retry window starts again. 404 for an unknown id; 409
     * {@link RedeliveryRefusedException} when it is not finished or a newer delivery of the item exists.
     */
    @Transactional
    public Delivery redeliver(long id) {
        Delivery d = mapper.lockById(id);
        if (d == null) {
            throw new DeliveryNotFoundException(id);
        }
        if (!redeliverable(d.getStatus(), false)) {
            throw RedeliveryRefusedException.notFinished(id, d.getStatus());
        }
        if (!redeliverable(d.getStatus(), mapper.countNewer(d.getPartnerId(), d.getArticleId(), id) > 0)) {
            throw RedeliveryRefusedException.outdated(id);
        }
        Instant now = clock.instant();
        mapper.requeueFinished(id, now, now.plus(settings.retryFor()));
        return mapper.findById(id);
    }

    /**
     * Queues the current documents of the newest {@code count} published articles of the partner's channels
     * (newest first by publication time), one delivery each, superseding queued older versions. An article whose
     * document cannot be rendered (it was withdrawn or deleted meanwhile) is skipped.
     *
     * @param count 1 to {@code inkstone.syndication.backfill-max} (400 naming {@code count} otherwise)
     * @return how many deliveries were queued
     * @throws PartnerNotFoundException 404 (a 400 naming {@code partner} is the resource's concern)
     * @throws InvalidParameterException 400 naming {@code partner} for a pull-only partner (no endpoint)
     */
    @Transactional
    public int backfill(long partnerId, int count) {
        if (count < 1 || count > settings.backfillMax()) {
            throw new InvalidParameterException("count", "1–" + settings.backfillMax());
        }
        Partner p = partners.require(partnerId);
        if (p.getEndpoint() == null) {
            throw new InvalidParameterException("partner", "该合作方只拉取，没有推送地址");
        }
        List<Long> ids = newestPublished(partners.expandedChannels(p), count);
        Instant now = clock.instant();
        int queued = 0;
        for (int i = ids.size() - 1; i >= 0; i--) { // oldest first, so ids of the log follow publication order
            SyndicationDocuments.Document doc;
            try {
                doc = documents.render(ids.get(i), p.format());
            } catch (ArticleNotFoundException e) {
                continue;
            }
            write(p, doc, now);
            queued++;
        }
        return queued;
    }

    /** Ids of the newest {@code count} published articles of {@code channelIds} (empty: the whole site), newest first. */
    private List<Long> newestPublished(Set<String> channelIds, int count) {
        if (channelIds.isEmpty()) {
            return walk(null, count).stream().map(ArticleItem::id).toList();
        }
        Map<Long, ArticleItem> all = new LinkedHashMap<>();
        for (String c : channelIds) {
            walk(c, count).forEach(i -> all.putIfAbsent(i.id(), i));
        }
        return all.values().stream()
                .sorted(Comparator.comparing(ArticleItem::publishedAt).thenComparingLong(ArticleItem::id).reversed())
                .limit(count).map(ArticleItem::id).toList();
    }

    private List<ArticleItem> walk(String channelId, int count) {
        List<ArticleItem> out = new ArrayList<>();
        ArticleCursor after = null;
        while (out.size() < count) {
            ArticleList page = articles.list(channelId, after, 1, Math.min(100, count - out.size()));
            out.addAll(page.items());
            if (page.nextCursor() == null) {
                break;
            }
            after = ArticleCursor.decode(page.nextCursor());
        }
        return out;
    }
}
