package org.inkstone.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletContext;
import org.inkstone.account.Account;
import org.inkstone.account.AccountService;
import org.inkstone.account.Role;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleIndexer;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticlePresenter;
import org.inkstone.article.ArticleRevision;
import org.inkstone.article.ArticleService;
import org.inkstone.article.ArticleStatus;
import org.inkstone.article.NewsroomFilter;
import org.inkstone.article.Recommendations;
import org.inkstone.channel.ChannelNotFoundException;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InkstoneException;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.media.MediaService;
import org.inkstone.moderation.ModerationSettings;
import org.inkstone.moderation.SensitiveWords;
import org.inkstone.newsroom.NewsroomViews.Person;
import org.inkstone.newsroom.Workflow.Action;
import org.inkstone.newsroom.Workflow.Actor;
import org.inkstone.newsroom.Workflow.Outcome;
import org.inkstone.newsroom.Workflow.State;
import org.inkstone.newsroom.Workflow.Subject;
import org.inkstone.search.NearDuplicate;
import org.inkstone.search.SearchService;
import org.mybatis.cdi.Transactional;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The newsroom: creating and saving articles (each explicit save a revision), the workflow's transitions (each
 * audited and a revision), corrections, withdrawal, scheduling, revisions and their diff, autosaved working
 * copies, sensitive words. The rules of who may do what are {@link Workflow}'s; this class loads the state,
 * applies the outcome in one transaction (all or nothing) and checks input. Articles are reached through
 * {@link ArticleService}, accounts through {@link AccountService}.
 *
 * <p>Concurrency: every write locks the article row and compares the version it names with the stored one (409
 * {@link VersionConflictException} when another write came first). The clock is {@link #clock} (a seam for
 * tests). Thread-safe.
 */
@ApplicationScoped
public class NewsroomService {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_TAGS = 10;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    ArticleService articles;

    @Inject
    NewsroomMapper mapper;

    @Inject
    AccountService accounts;

    @Inject
    ChannelService channels;

    @Inject
    NewsroomSettings settings;

    @Inject
    ModerationSettings moderation;

    @Inject
    InkstoneConfig config;

    @Inject
    ArticleIndexer indexer;

    @Inject
    Recommendations recommendations;

    @Inject
    ServletContext servletContext;

    @Inject
    MediaService media;

    @Inject
    SearchService search;

    /** The time source; tests replace it. */
    Clock clock = Clock.systemUTC();

    private volatile Workflow workflow;
    private volatile SensitiveWords words;
    private volatile ArticleHtmlPolicy policy;

    /**
     * The result of a transition and the index outbox row it wrote, 0 when what readers see did not change (else
     * {@link #readersChanged(long)} follows the commit).
     */
    public record Moved(NewsroomViews.Moved view, long outboxId) {
        /** Whether what readers see changed: the transition wrote an index outbox row ({@code outboxId} &gt; 0). */
        public boolean readersChanged() {
            return outboxId > 0;
        }
    }

    // ----- reading -----

    /** The article as the newsroom edits it, for {@code actor}. @throws ArticleNotFoundException for an unknown id */
    public NewsroomViews.Article get(long id, Actor actor) {
        Article row = articles.findForNewsroom(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return view(row, latest(id), actor);
    }

    /**
     * A page of the newsroom list, newest change first.
     *
     * @param waiting the caller's review queue: in review at a level the caller's role may approve, neither created
     *                nor last changed by the caller, and not approved by the caller at an earlier level of the
     *                current round (what {@code approve} would refuse with {@code own_version} or {@code same_approver})
     * @param cursor a {@code nextCursor} of an earlier page, or null
     * @param size   1–100
     * @throws InvalidParameterException naming {@code cursor} or {@code status} when malformed
     */
    public NewsroomViews.ItemPage list(String status, String channel, Long author, String q, boolean mine, boolean waiting,
                                       String cursor, int size, Actor actor) {
        List<String> statuses = statuses(status);
        List<Integer> levels = null;
        if (waiting) {
            levels = new ArrayList<>();
            for (int l = 1; l <= workflow().levels(); l++) {
                if (actor.role().includes(settings.levelRole(l))) {
                    levels.add(l);
                }
            }
            if (levels.isEmpty()) {
                levels.add(-1); // no level: nothing waits for this caller
            }
        }
        String text = q == null || q.isBlank() ? null : q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        // waiting: not what the caller already approved in this round (they may not approve twice: same_approver)
        List<Long> approved = waiting && actor.id() != null ? mapper.listRoundApprovedBy(actor.id()) : List.of();
        NewsroomFilter f = new NewsroomFilter(statuses, blankToNull(channel), mine ? actor.id() : author, text,
                levels, waiting ? actor.id() : null, approved);
        Instant afterAt = null;
        Long afterId = null;
        if (cursor != null && !cursor.isEmpty()) {
            String[] p = cursor.split("\\.");
            try {
                if (p.length != 2) {
                    throw new NumberFormatException();
                }
                afterAt = Instant.ofEpochMilli(Long.parseLong(p[0]));
                afterId = Long.parseLong(p[1]);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new InvalidParameterException("cursor", "无效的翻页位置");
            }
        }
        List<Article> rows = articles.listNewsroom(f, afterAt, afterId, size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Article last = rows.get(size - 1);
            next = last.getUpdatedAt().toEpochMilli() + "." + last.getId();
        }
        Map<Long, Account> names = accountsOf(rows.stream().map(Article::getAuthorId));
        List<NewsroomViews.Item> items = new ArrayList<>();
        for (Article r : rows) {
            org.inkstone.channel.ChannelRef ch = channels.ref(r.getChannelId());
            items.add(new NewsroomViews.Item(r.getId(), r.getTitle(), stateOf(r).id(), r.getReviewLevel(),
                    new NewsroomViews.ChannelRef(ch.id(), ch.name()), person(r.getAuthorId(), names),
                    at(r.getUpdatedAt()), r.getVersion(), live(r)));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> stored = articles.countNewsroom(new NewsroomFilter(null, f.channel(), f.authorId(), f.text(),
                f.waitingLevels(), f.waitingFor(), f.excludedIds()));
        for (State s : State.values()) {
            counts.put(s.id(), stored.getOrDefault(s.id(), 0L));
        }
        return new NewsroomViews.ItemPage(items, counts, next);
    }

    /** Every revision, newest first. */
    public NewsroomViews.Revisions revisions(long id) {
        requireArticle(id);
        List<ArticleRevision> list = articles.revisions(id);
        Map<Long, Account> names = accountsOf(list.stream().map(ArticleRevision::getCreatedBy));
        return new NewsroomViews.Revisions(list.stream().map(r -> new NewsroomViews.RevisionItem(r.getN(), at(r.getCreatedAt()),
                person(r.getCreatedBy(), names), r.getAction(), r.isImported())).toList());
    }

    /** Revision {@code n} with every field. @throws InkstoneException 404 {@code revision_not_found} */
    public NewsroomViews.Revision revision(long id, int n) {
        ArticleRevision r = requireRevision(id, n);
        Map<Long, Account> names = accountsOf(Stream.of(r.getCreatedBy()));
        return new NewsroomViews.Revision(r.getN(), at(r.getCreatedAt()), person(r.getCreatedBy(), names), r.getAction(),
                r.isImported(), r.getTitle(), r.getSubtitle(), r.getSummary(), bodyHtml(r), r.getChannelId(), r.tagList(),
                r.getSource(), r.getByline(), cover(r), at(r.getPublishAt()), r.getCorrectionNote());
    }

    /** The character-level diff of every field between revisions {@code from} and {@code to}. */
    public NewsroomViews.Diff diff(long id, int from, int to) {
        ArticleRevision a = requireRevision(id, from);
        ArticleRevision b = requireRevision(id, to);
        List<NewsroomViews.FieldDiff> fields = new ArrayList<>();
        field(fields, "title", a.getTitle(), b.getTitle());
        field(fields, "subtitle", a.getSubtitle(), b.getSubtitle());
        field(fields, "summary", a.getSummary(), b.getSummary());
        field(fields, "body", a.getBody(), b.getBody());
        field(fields, "channel", a.getChannelId(), b.getChannelId());
        field(fields, "tags", String.join(", ", a.tagList()), String.join(", ", b.tagList()));
        field(fields, "source", a.getSource(), b.getSource());
        field(fields, "byline", a.getByline(), b.getByline());
        field(fields, "coverImage", coverText(a), coverText(b));
        field(fields, "publishAt", a.getPublishAt() == null ? "" : at(a.getPublishAt()).toString(),
                b.getPublishAt() == null ? "" : at(b.getPublishAt()).toString());
        field(fields, "correctionNote", a.getCorrectionNote(), b.getCorrectionNote());
        return new NewsroomViews.Diff(from, to, fields);
    }

    /** The audit of transitions, newest first. */
    public NewsroomViews.History history(long id) {
        requireArticle(id);
        List<Transition> list = mapper.listTransitions(id);
        Map<Long, Account> names = accountsOf(list.stream().map(Transition::getActorId));
        return new NewsroomViews.History(list.stream().map(t -> new NewsroomViews.HistoryItem(at(t.getCreatedAt()),
                person(t.getActorId(), names), t.getAction(), t.getFromStatus(), t.getToStatus(), t.getFromLevel(),
                t.getToLevel(), t.getReason(), t.getRevision(), t.isSensitiveAcknowledged())).toList());
    }

    // ----- writing -----

    /**
     * Creates a draft by {@code actor} (revision 1, action {@code create}).
     *
     * @throws InkstoneException 400 {@code invalid_parameter} naming each bad field (nothing stored)
     */
    @Transactional
    public NewsroomViews.Created create(ArticleInput in, Actor actor) {
        requireWriter(actor);
        ArticleRevision content = content(in, null);
        long id = articles.create(content, actor.id(), clock.instant());
        return new NewsroomViews.Created(id, State.DRAFT.id(), 1);
    }

    /**
     * Saves {@code in} as the next revision of article {@code id} (action {@code save}) and drops the caller's
     * working copy. Any change of any field ({@code publishAt} and {@code correctionNote} included) is a content
     * change: in review or scheduled it goes back to review level 1 (audited as {@code edit}); on a published
     * article it starts a correction, and readers keep the published version until it is published. A save that
     * changes nothing makes no revision and answers the current version unchanged.
     *
     * @throws VersionConflictException when {@code in.version} is not the article's version
     * @throws WorkflowException        when the caller may not edit it now
     */
    @Transactional
    public NewsroomViews.Saved save(long id, ArticleInput in, Actor actor) {
        if (in.version == null) {
            throw new InvalidParameterException("version", "必填");
        }
        return write(id, in.version, in, null, actor, "save");
    }

    /** Restores revision {@code n} as a new revision (action {@code restore}); otherwise like {@link #save}. */
    @Transactional
    public NewsroomViews.Restored restore(long id, int n, int version, Actor actor) {
        ArticleRevision old = requireRevision(id, n);
        ArticleRevision content = old.copyContent();
        if (content.getBodyHtml() == null) { // an imported revision: its plain text as escaped paragraphs
            content.setBodyHtml(ArticlePresenter.bodyHtml(content.getBody()));
            content.setBody(ArticleText.of(content.getBodyHtml()));
        }
        ArticleRevision latest = latest(id);
        if (content.getPublishAt() != null && !Objects.equals(content.getPublishAt(), latest.getPublishAt())
                && content.getPublishAt().isBefore(clock.instant())) {
            content.setPublishAt(latest.getPublishAt()); // an old time already past is not asked for again
        }
        NewsroomViews.Saved saved = write(id, version, null, content, actor, "restore");
        return new NewsroomViews.Restored(saved.version(), articles.latestRevision(id).orElseThrow().getN());
    }

    private NewsroomViews.Saved write(long id, int version, ArticleInput in, ArticleRevision given, Actor actor, String action) {
        Instant now = clock.instant();
        Article row = articles.lockForNewsroom(id);
        ArticleRevision latest = latest(id);
        if (row.getVersion() != version) {
            throw new VersionConflictException(view(row, latest, actor));
        }
        ArticleRevision content = given != null ? given : content(in, latest);
        boolean changed = !latest.sameContent(content);
        Subject subject = subject(row);
        Outcome o = workflow().afterEdit(subject, actor, changed);
        if (!changed) { // nothing to save: no revision, no correction, the version stays
            if (actor.id() != null) {
                mapper.deleteWorkingCopy(id, actor.id());
            }
            return new NewsroomViews.Saved(row.getVersion(), subject.state().id(), subject.level(), sensitive(latest),
                    nearDuplicates(id, latest));
        }
        if (o.state() == State.SCHEDULED && content.getPublishAt() == null) {
            o = new Outcome(State.DRAFT, 0, false, false); // no time left to publish at: unscheduled
        }
        content.setAction(action);
        content.setCreatedBy(actor.id());
        content.setCreatedAt(now);
        int n = articles.addRevision(id, content);
        boolean liveNow = live(row);
        if (!liveNow) {
            articles.applyContent(id, content);
        }
        Long contentBy = changed ? actor.id() : row.getContentBy();
        store(row, o, content.getPublishAt(), contentBy, now);
        if (o.state() != subject.state() || o.level() != subject.level() || subject.state() == State.IN_REVIEW) {
            audit(id, actor, "edit", subject, o, null, n, false, now);
        }
        if (actor.id() != null) {
            mapper.deleteWorkingCopy(id, actor.id());
        }
        return new NewsroomViews.Saved(row.getVersion() + 1, o.state().id(), o.level(), sensitive(content),
                nearDuplicates(id, content));
    }

    /**
     * Takes a transition. Each makes a revision (the content unchanged, {@code publishAt} as given) and an audit
     * row. {@code submit}, {@code approve} and {@code publish} of a version holding sensitive words need
     * {@code acknowledgeSensitive: true} (recorded in the audit). The last approval or a publish makes the version
     * what readers see: a correction of a published article needs a note of its own ({@code correctionNote} of the
     * version, else the transition's {@code reason}; the note of the correction already live does not count; 400
     * {@code correction_note_required}); submitting a correction needs such a note in the version's
     * {@code correctionNote} (400 {@code correction_note_required}). A publication that is no correction (the
     * first, or one after withdrawal and restore) drops the version's note and clears the article's live
     * correction ({@link ArticleService#recordPublished}). Submitting a body with neither
     * text nor image is 400 {@code body_required}. {@code publish} of a scheduled article without a
     * {@code publishAt} publishes it now; with a future one it is scheduled for that time. A withdrawal removes
     * the article's editor picks.
     *
     * @throws VersionConflictException for a stale version
     * @throws WorkflowException        when the workflow refuses (see {@link Workflow})
     * @throws InkstoneException        400 {@code publish_at_in_past}, {@code invalid_parameter} for a bad action
     */
    @Transactional
    public Moved transition(long id, TransitionInput in, Actor actor) {
        Action action = Action.of(in.action == null ? "" : in.action).orElseThrow(() -> new InvalidParameterException(
                "action", "应为 submit、approve、return、publish、unschedule、withdraw 或 restore"));
        if (in.version == null) {
            throw new InvalidParameterException("version", "必填");
        }
        if (in.reason != null && in.reason.codePointCount(0, in.reason.length()) > 500) {
            throw new InvalidParameterException("reason", "不能超过 500 字");
        }
        Instant now = clock.instant();
        Article row = articles.lockForNewsroom(id);
        ArticleRevision latest = latest(id);
        if (row.getVersion() != in.version) {
            throw new VersionConflictException(view(row, latest, actor));
        }
        Instant publishAt = latest.getPublishAt();
        if (in.publishAt != null) {
            publishAt = in.publishAt.toInstant().truncatedTo(ChronoUnit.SECONDS);
            if (!publishAt.isAfter(now)) {
                throw new WorkflowException(400, "publish_at_in_past", "发布时间须在将来");
            }
        }
        Subject subject = subject(row);
        if (action == Action.PUBLISH && subject.state() == State.SCHEDULED && in.publishAt == null) {
            publishAt = null; // publish a scheduled article without a new time: now
        }
        Subject asked = new Subject(subject.state(), subject.level(), subject.live(), subject.authorId(), subject.contentBy(),
                subject.approvers(), publishAt, subject.contributors(), subject.everPublished());
        Outcome o = workflow().apply(asked, actor, action, in.reason, now);
        if (action == Action.SUBMIT) {
            if (emptyBody(latest.getBodyHtml() != null ? latest.getBodyHtml() : latest.getBody())) {
                throw new WorkflowException(400, "body_required", "正文不能为空");
            }
            if (live(row) && newCorrectionNote(latest.getCorrectionNote(), row.getCorrectionNote()) == null) {
                throw new WorkflowException(400, "correction_note_required",
                        "提交更正须填写说明本次更正的更正说明（不能沿用已发布的更正说明）");
            }
        }
        List<NewsroomViews.Sensitive> found = sensitive(latest);
        boolean ack = Boolean.TRUE.equals(in.acknowledgeSensitive);
        if (!found.isEmpty() && !ack && (action == Action.SUBMIT || action == Action.APPROVE || action == Action.PUBLISH)) {
            throw new WorkflowException(409, "sensitive_words_unacknowledged", "稿件含敏感词（" + found.get(0).word()
                    + " 等），请确认后再提交");
        }
        String correctionNote = null;
        if (o.goesLive() && live(row)) {
            correctionNote = correctionNote(latest.getCorrectionNote(), in.reason, row.getCorrectionNote());
            if (correctionNote == null) {
                throw new WorkflowException(400, "correction_note_required",
                        "发布更正须填写说明本次更正的更正说明（不能沿用已发布的更正说明）");
            }
        }
        ArticleRevision rev = latest.copyContent();
        if (o.goesLive() && !live(row)) {
            rev.setCorrectionNote(null); // a publication is no correction: its version carries no note
        }
        rev.setPublishAt(publishAt);
        rev.setAction(action.id());
        rev.setCreatedBy(actor.id());
        rev.setCreatedAt(now);
        int n = articles.addRevision(id, rev);
        if (o.goesLive() || action == Action.RESTORE) {
            articles.applyContent(id, rev);
        }
        store(row, o, publishAt, row.getContentBy(), now);
        long outboxId = 0;
        if (o.goesLive()) {
            outboxId = articles.recordPublished(id, actor.id(), now, correctionNote, now);
        } else if (o.state() == State.WITHDRAWN) {
            outboxId = articles.recordWithdrawn(id, in.reason.strip(), now);
            articles.removePicks(id);
        }
        String auditReason = blankToNull(in.reason);
        if (warnsOfNearDuplicates(action, o)) {
            auditReason = withNearDuplicateWarning(auditReason, nearDuplicates(id, latest));
        }
        audit(id, actor, action.id(), subject, o, auditReason, n, ack && !found.isEmpty(), now);
        return new Moved(new NewsroomViews.Moved(o.state().id(), row.getVersion() + 1, o.level()), outboxId);
    }

    /**
     * Deletes a draft that was never published, by its author; {@code version} must be current.
     *
     * @throws WorkflowException 403 {@code not_author}; 409 {@code was_published} (published once, also when
     *                           withdrawn and restored since), {@code invalid_transition} (not a draft)
     */
    @Transactional
    public void delete(long id, int version, Actor actor) {
        Article row = articles.lockForNewsroom(id);
        if (row.getVersion() != version) {
            throw new VersionConflictException(view(row, latest(id), actor));
        }
        workflow().checkDelete(subject(row), actor);
        articles.delete(id);
    }

    /**
     * Publishes scheduled article {@code id} if its time has come and this node wins the database claim; records
     * a revision and an audit row ({@code publish} by nobody, reason 定时发布) in the same transaction. 责任编辑 is
     * whoever scheduled it.
     *
     * @return true when this call published it
     */
    @Transactional
    public boolean publishScheduled(long id, Instant now) {
        if (!articles.claimScheduled(id, now)) {
            return false;
        }
        ArticleRevision rev = latest(id).copyContent();
        rev.setCorrectionNote(null); // a publication is no correction: its version carries no note
        rev.setAction("publish");
        rev.setCreatedAt(now);
        int n = articles.addRevision(id, rev);
        Long by = mapper.listTransitions(id).stream().filter(t -> State.SCHEDULED.id().equals(t.getToStatus()))
                .map(Transition::getActorId).filter(Objects::nonNull).findFirst().orElse(null);
        articles.recordPublished(id, by, now, null, now);
        Transition t = new Transition();
        t.setArticleId(id);
        t.setAction("publish");
        t.setFromStatus(State.SCHEDULED.id());
        t.setToStatus(State.PUBLISHED.id());
        t.setReason("定时发布");
        t.setRevision(n);
        t.setCreatedAt(now);
        mapper.insertTransition(t);
        return true;
    }

    /** Ids of scheduled articles due at {@code now} (at most 100 a call). */
    public List<Long> dueScheduled(Instant now) {
        return articles.dueScheduled(now, 100);
    }

    /**
     * After a committed change of what readers see: this node's index applies the outbox at once (search finds a
     * publication, and stops finding a withdrawn article, within this call) and its recommendation lists are
     * dropped; other nodes follow within their outbox poll interval.
     */
    public void readersChanged() {
        indexer.catchUp();
        recommendations.invalidate();
    }

    /** Longest wait of {@link #readersChanged(long)} for its outbox row (ms); the cross-node bound of issue 12. */
    static final long READERS_WAIT_MS = 2_000;

    /**
     * As {@link #readersChanged()}, after the commit of a transition that wrote outbox row {@code outboxId}: this
     * node's index applies the outbox until that row is applied (at most {@value #READERS_WAIT_MS} ms, then it
     * returns and the outbox poll applies the row later; both are logged), so the caller's next search sees the
     * change.
     */
    public void readersChanged(long outboxId) {
        indexer.catchUpTo(outboxId, java.time.Duration.ofMillis(READERS_WAIT_MS));
        recommendations.invalidate();
    }

    // ----- working copies -----

    /**
     * Stores the caller's working copy of article {@code id} (the fields as sent; not a revision). This and the
     * other working-copy methods answer 403 {@code role_not_allowed} when the caller may not edit the article.
     */
    @Transactional
    public void putWorkingCopy(long id, ArticleInput in, Actor actor) {
        requireWriter(actor);
        requireEditable(id, actor);
        in.version = null;
        mapper.upsertWorkingCopy(id, actor.id(), JSONB.toJson(in), clock.instant());
    }

    /** The caller's working copy as a JSON object: the fields plus {@code savedAt}. @throws InkstoneException 404 {@code no_working_copy} */
    public String workingCopy(long id, Actor actor) {
        requireEditable(id, actor);
        WorkingCopy w = actor.id() == null ? null : mapper.findWorkingCopy(id, actor.id());
        if (w == null) {
            throw new InkstoneException(404, "no_working_copy", "没有自动保存的稿件", Map.of());
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        try (JsonReader r = Json.createReader(new StringReader(w.getFields()))) {
            JsonObject o = r.readObject();
            o.forEach((k, v) -> {
                if (!k.equals("version")) {
                    b.add(k, v);
                }
            });
        }
        b.add("savedAt", at(w.getSavedAt()).toString());
        return b.build().toString();
    }

    /** Drops the caller's working copy (nothing happens when there is none). */
    @Transactional
    public void deleteWorkingCopy(long id, Actor actor) {
        requireEditable(id, actor);
        if (actor.id() != null) {
            mapper.deleteWorkingCopy(id, actor.id());
        }
    }

    // ----- the admin withdrawal endpoint -----

    /**
     * {@code POST /api/admin/articles/{id}/withdraw}: the {@code withdraw} transition at the article's current
     * version, for a chief editor, admin or the operators' token.
     */
    @Transactional
    public Moved withdraw(long id, String reason, Actor actor) {
        Article row = articles.findForNewsroom(id).orElseThrow(() -> new ArticleNotFoundException(id));
        TransitionInput in = new TransitionInput();
        in.action = Action.WITHDRAW.id();
        in.version = row.getVersion();
        in.reason = reason;
        return transition(id, in, actor);
    }

    // ----- parts -----

    Workflow workflow() {
        Workflow w = workflow;
        if (w == null) {
            w = new Workflow(settings);
            workflow = w;
        }
        return w;
    }

    private SensitiveWords words() {
        SensitiveWords w = words;
        if (w == null) {
            w = SensitiveWords.load(moderation.wordsFile()).plus(SensitiveWords.load(settings.wordsFile()));
            words = w;
        }
        return w;
    }

    private ArticleHtmlPolicy policy() {
        ArticleHtmlPolicy p = policy;
        if (p == null) {
            p = new ArticleHtmlPolicy(servletContext.getContextPath());
            policy = p;
        }
        return p;
    }

    /** Whether a body (sanitized HTML, or an imported plain text) has neither text nor an image. */
    /**
     * The note of a correction that goes live: the version's {@code correctionNote}, else the transition's
     * {@code reason}, each stripped, whichever is first a note of this correction ({@link #newCorrectionNote}).
     *
     * @param liveNote the note of the correction readers see now (the article row's), or null
     * @return the note, or null when there is none (the caller answers 400 {@code correction_note_required})
     */
    static String correctionNote(String versionNote, String reason, String liveNote) {
        String note = newCorrectionNote(versionNote, liveNote);
        return note != null ? note : newCorrectionNote(reason, liveNote);
    }

    /**
     * {@code note} stripped when it describes a new correction: not null or blank, and not the note of the
     * correction already live ({@code liveNote}, compared stripped), which a version keeps from the last
     * correction until an editor changes it. Else null.
     */
    static String newCorrectionNote(String note, String liveNote) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String s = note.strip();
        return liveNote != null && s.equals(liveNote.strip()) ? null : s;
    }

    static boolean emptyBody(String html) {
        return html == null || !html.contains("<img") && invisible(ArticleText.of(html));
    }

    /**
     * The published articles that revision {@code r} of article {@code id} is a near-duplicate of (headline + the
     * body's plain text; never article {@code id} itself, so a correction of a published article is not warned of
     * its own live version), best first, at most 5, Jaccard rounded to 4 decimals.
     */
    List<NewsroomViews.NearDuplicate> nearDuplicates(long id, ArticleRevision r) {
        String body = r.getBodyHtml() != null ? ArticleText.of(r.getBodyHtml()) : r.getBody();
        String base = servletContext.getContextPath();
        return search.nearDuplicatesOf(r.getTitle(), body, id).stream()
                .map(d -> new NewsroomViews.NearDuplicate(d.id(), d.title(), Math.round(d.jaccard() * 10_000) / 10_000.0,
                        base + "/articles/" + d.id()))
                .toList();
    }

    /**
     * Whether a transition puts a version in front of readers or on its way there, so the editor was shown the
     * near-duplicate warning and the audit records that they went on: {@code submit}, and {@code approve} or
     * {@code publish} when the version goes live or is scheduled.
     */
    static boolean warnsOfNearDuplicates(Action action, Outcome o) {
        return action == Action.SUBMIT
                || (action == Action.APPROVE || action == Action.PUBLISH) && (o.goesLive() || o.state() == State.SCHEDULED);
    }

    /** Longest audit reason (the column's size, {@code VARCHAR(500)}). */
    static final int AUDIT_REASON_MAX = 500;

    /**
     * The audit row's reason when the editor went on despite a near-duplicate warning: the editor's reason (or
     * none) followed by {@code 近似重复警告：#id（相似度 0.9878）、…}, cut to {@value #AUDIT_REASON_MAX} characters
     * (the last one then …; the editor's reason is at most 500, so only a 500-character reason loses its last
     * character). No warning: the reason unchanged. The audit has no other free-text field, so the note shares
     * the reason column; the history shows it as the reason.
     */
    static String withNearDuplicateWarning(String reason, List<NewsroomViews.NearDuplicate> found) {
        if (found.isEmpty()) {
            return reason;
        }
        String warning = "近似重复警告：" + found.stream()
                .map(d -> "#" + d.id() + "（相似度 " + String.format(java.util.Locale.ROOT, "%.4f", d.jaccard()) + "）")
                .collect(Collectors.joining("、"));
        String out = reason == null ? warning : reason + "；" + warning;
        if (out.codePointCount(0, out.length()) > AUDIT_REASON_MAX) {
            out = out.substring(0, out.offsetByCodePoints(0, AUDIT_REASON_MAX - 1)) + "…";
        }
        return out;
    }

    /** Sensitive words in every text field of a revision. */
    List<NewsroomViews.Sensitive> sensitive(ArticleRevision r) {
        return sensitive(words(), r);
    }

    /**
     * Sensitive words of {@code words} in every text field of a revision, in this order: title, subtitle, summary,
     * body (its plain text), tags (joined by ", ", as the diff shows them), byline, source, correctionNote. Each
     * match names its field; start/end are UTF-16 indexes into that field's text.
     */
    static List<NewsroomViews.Sensitive> sensitive(SensitiveWords words, ArticleRevision r) {
        List<NewsroomViews.Sensitive> out = new ArrayList<>();
        find(words, out, "title", r.getTitle());
        find(words, out, "subtitle", r.getSubtitle());
        find(words, out, "summary", r.getSummary());
        find(words, out, "body", r.getBodyHtml() != null ? ArticleText.of(r.getBodyHtml()) : r.getBody());
        find(words, out, "tags", String.join(", ", r.tagList()));
        find(words, out, "byline", r.getByline());
        find(words, out, "source", r.getSource());
        find(words, out, "correctionNote", r.getCorrectionNote());
        return out;
    }

    private static void find(SensitiveWords words, List<NewsroomViews.Sensitive> out, String field, String text) {
        if (text != null) {
            for (SensitiveWords.Match m : words.findAll(text)) {
                out.add(new NewsroomViews.Sensitive(m.word(), field, m.start(), m.end()));
            }
        }
    }

    /**
     * The revision content of {@code in}, checked: every bad field is named at once (400 {@code invalid_parameter}).
     * {@code latest} (null on create) tells whether {@code publishAt} changed (only a changed one must be in the future).
     */
    private ArticleRevision content(ArticleInput in, ArticleRevision latest) {
        Map<String, String> bad = new LinkedHashMap<>();
        String title = strip(in.title);
        length(bad, "title", title, 1, 200);
        String subtitle = strip(in.subtitle);
        length(bad, "subtitle", subtitle, 0, 200);
        String summary = strip(in.summary);
        length(bad, "summary", summary, 0, 500);
        String source = strip(in.source);
        length(bad, "source", source, 0, 100);
        String byline = strip(in.byline);
        length(bad, "byline", byline, 0, 100);
        String note = strip(in.correctionNote);
        length(bad, "correctionNote", note, 0, 500);
        if (!bad.containsKey("title") && invisible(title)) {
            bad.put("title", "必填");
        }
        text(bad, "title", title, false);
        text(bad, "subtitle", subtitle, false);
        text(bad, "summary", summary, true);
        text(bad, "source", source, false);
        text(bad, "byline", byline, false);
        text(bad, "correctionNote", note, true);
        String channel = strip(in.channel);
        if (channel.isEmpty()) {
            bad.put("channel", "必填");
        } else {
            try {
                channels.require(channel);
            } catch (ChannelNotFoundException e) {
                bad.put("channel", "栏目不存在");
            }
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        if (in.tags != null) {
            for (String t : in.tags) {
                String tag = strip(t);
                if (tag.isEmpty() || tag.codePointCount(0, tag.length()) > 32 || tag.chars().anyMatch(Character::isISOControl)) {
                    bad.put("tags", "每个关键词 1 到 32 字");
                } else {
                    tags.add(tag);
                }
            }
            if (tags.size() > MAX_TAGS) {
                bad.put("tags", "最多 " + MAX_TAGS + " 个关键词");
            }
        }
        String hash = null;
        String credit = null;
        if (in.coverImage != null) {
            hash = strip(in.coverImage.hash);
            credit = strip(in.coverImage.credit);
            if (!HASH.matcher(hash).matches()) {
                bad.put("coverImage", "图片标识无效");
            } else if (media.find(hash).isEmpty()) {
                bad.put("coverImage", "图片库中没有这张图片");
            }
            length(bad, "coverImage", credit, 0, 100);
            text(bad, "coverImage", credit, false);
        }
        String html = policy().sanitize(in.bodyHtml == null ? "" : in.bodyHtml);
        if (html.length() > settings.bodyMaxChars()) {
            bad.put("bodyHtml", "正文过长（最多 " + settings.bodyMaxChars() + " 字符）");
        }
        // whole seconds: MariaDB 10.x stores none finer through Connector/J (it reports itself as MySQL 5.5.5), and a
        // publication time needs none; an unchanged time must compare equal to the stored one
        Instant publishAt = in.publishAt == null ? null : in.publishAt.toInstant().truncatedTo(ChronoUnit.SECONDS);
        if (publishAt != null && (latest == null || !publishAt.equals(latest.getPublishAt()))
                && !publishAt.isAfter(clock.instant())) {
            bad.put("publishAt", "发布时间须在将来");
        }
        if (!bad.isEmpty()) {
            throw new InkstoneException(400, "invalid_parameter", "参数无效：" + String.join("、", bad.keySet()), bad);
        }
        ArticleRevision r = new ArticleRevision();
        r.setTitle(title);
        r.setSubtitle(emptyToNull(subtitle));
        r.setSummary(emptyToNull(summary));
        r.setBodyHtml(html);
        r.setBody(ArticleText.of(html));
        r.setChannelId(channel);
        r.setTags(tags.isEmpty() ? null : String.join("\n", tags));
        r.setSource(emptyToNull(source));
        r.setByline(emptyToNull(byline));
        r.setCoverHash(hash);
        r.setCoverCredit(hash == null ? null : emptyToNull(credit));
        r.setPublishAt(publishAt);
        r.setCorrectionNote(emptyToNull(note));
        return r;
    }

    /** Writes the outcome's state: a correction keeps the article published and holds its own state. */
    private void store(Article row, Outcome o, Instant publishAt, Long contentBy, Instant now) {
        ArticleStatus status;
        ArticleStatus pending = null;
        if (o.live() && o.state() != State.PUBLISHED) {
            status = ArticleStatus.PUBLISHED;
            pending = ArticleStatus.of(o.state().id());
        } else {
            status = ArticleStatus.of(o.state().id());
        }
        if (!articles.setWorkflow(row.getId(), row.getVersion(), status, pending, o.level(), publishAt, contentBy, now)) {
            throw new IllegalStateException("the locked row changed"); // cannot happen under the row lock
        }
    }

    private void audit(long id, Actor actor, String action, Subject from, Outcome to, String reason, int revision,
                       boolean acknowledged, Instant now) {
        Transition t = new Transition();
        t.setArticleId(id);
        t.setActorId(actor.id());
        t.setAction(action);
        t.setFromStatus(from.state().id());
        t.setToStatus(to.state().id());
        t.setFromLevel(from.level());
        t.setToLevel(to.level());
        t.setReason(reason == null ? null : reason.strip());
        t.setRevision(revision);
        t.setSensitiveAcknowledged(acknowledged);
        t.setCreatedAt(now);
        mapper.insertTransition(t);
    }

    private Subject subject(Article row) {
        State state = stateOf(row);
        Set<Long> approvers = state == State.IN_REVIEW ? new HashSet<>(mapper.listRoundApprovers(row.getId())) : Set.of();
        List<Transition> audit = mapper.listTransitions(row.getId());
        boolean everPublished = live(row) || row.getPublishedAt() != null
                || audit.stream().anyMatch(t -> State.PUBLISHED.id().equals(t.getToStatus()));
        return new Subject(state, row.getReviewLevel(), live(row), row.getAuthorId(), row.getContentBy(), approvers,
                row.getPublishAt(), contributors(articles.revisions(row.getId()), audit), everPublished);
    }

    /**
     * Who saved a content revision of the current version: the makers of the revisions after the last one that
     * went live (or all, when none did) that are not a transition's own revision (a transition copies content;
     * an {@code edit} audit row names a save's revision, which counts). Imported revisions have no maker.
     */
    static Set<Long> contributors(List<ArticleRevision> revisions, List<Transition> audit) {
        int lastLive = 0;
        Set<Integer> transitionRevisions = new HashSet<>();
        for (Transition t : audit) {
            if (State.PUBLISHED.id().equals(t.getToStatus())) {
                lastLive = Math.max(lastLive, t.getRevision());
            }
            if (!"edit".equals(t.getAction())) {
                transitionRevisions.add(t.getRevision());
            }
        }
        Set<Long> out = new HashSet<>();
        for (ArticleRevision r : revisions) {
            if (r.getN() > lastLive && r.getCreatedBy() != null && !transitionRevisions.contains(r.getN())
                    && !r.isImported()) {
                out.add(r.getCreatedBy());
            }
        }
        return out;
    }

    private static State stateOf(Article row) {
        return State.of(row.getPendingStatus() != null ? row.getPendingStatus() : row.getStatus());
    }

    private static boolean live(Article row) {
        return ArticleStatus.PUBLISHED.db().equals(row.getStatus());
    }

    /** The accounts of the non-null {@code ids}, by id (one query, none for no id). */
    private Map<Long, Account> accountsOf(Stream<Long> ids) {
        return accounts.findByIds(ids.filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private NewsroomViews.Article view(Article row, ArticleRevision r, Actor actor) {
        Map<Long, Account> names = accountsOf(Stream.of(row.getAuthorId(), row.getPublishedBy()));
        Instant now = clock.instant();
        return new NewsroomViews.Article(row.getId(), r.getTitle(), r.getSubtitle(), r.getSummary(), bodyHtml(r),
                r.getChannelId(), r.tagList(), r.getSource(), r.getByline(), cover(r), at(r.getPublishAt()),
                r.getCorrectionNote(), stateOf(row).id(), row.getVersion(), row.getReviewLevel(), workflow().levels(),
                live(row), r.getN(), person(row.getAuthorId(), names), person(row.getPublishedBy(), names),
                at(row.getPublishedAt()), at(row.getUpdatedAt()),
                row.getCorrectionNote() == null || row.getCorrectedAt() == null ? null
                        : new NewsroomViews.Correction(at(row.getCorrectedAt()), row.getCorrectionNote()),
                row.getWithdrawReason(), sensitive(r), workflow().allowed(subject(row), actor, now), nearDuplicates(row.getId(), r));
    }

    private static String bodyHtml(ArticleRevision r) {
        return r.getBodyHtml() != null ? r.getBodyHtml() : ArticlePresenter.bodyHtml(r.getBody());
    }

    private static NewsroomViews.Cover cover(ArticleRevision r) {
        return r.getCoverHash() == null ? null : new NewsroomViews.Cover(r.getCoverHash(), r.getCoverCredit());
    }

    private static String coverText(ArticleRevision r) {
        return r.getCoverHash() == null ? "" : r.getCoverHash() + (r.getCoverCredit() == null ? "" : " " + r.getCoverCredit());
    }

    private static void field(List<NewsroomViews.FieldDiff> out, String name, String a, String b) {
        out.add(new NewsroomViews.FieldDiff(name, CharDiff.diff(a, b).stream()
                .map(run -> new NewsroomViews.Change(run.op(), run.text())).toList()));
    }

    private ArticleRevision latest(long id) {
        return articles.latestRevision(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    private ArticleRevision requireRevision(long id, int n) {
        requireArticle(id);
        return articles.revision(id, n).orElseThrow(() -> new InkstoneException(404, "revision_not_found",
                "没有第 " + n + " 版", Map.of()));
    }

    /** The article exists and {@code actor} may edit it (its working copy too). @throws WorkflowException 403 {@code role_not_allowed} */
    private void requireEditable(long id, Actor actor) {
        Article row = articles.findForNewsroom(id).orElseThrow(() -> new ArticleNotFoundException(id));
        workflow().checkEdit(subject(row), actor);
    }

    private void requireArticle(long id) {
        if (articles.status(id).isEmpty()) {
            throw new ArticleNotFoundException(id);
        }
    }

    private static void requireWriter(Actor actor) {
        if (actor.id() == null || !actor.role().includes(Role.REPORTER)) {
            throw WorkflowException.roleNotAllowed();
        }
    }

    private Person person(Long id, Map<Long, Account> names) {
        if (id == null) {
            return null;
        }
        Account a = names.get(id);
        return new Person(id, a == null ? "" : a.getDisplayName());
    }

    private OffsetDateTime at(Instant t) {
        return t == null ? null : t.atZone(config.zone()).toOffsetDateTime();
    }

    /** Names {@code field} in {@code bad} when {@link #textProblem} finds one (a field already named keeps its message). */
    private static void text(Map<String, String> bad, String field, String value, boolean multiLine) {
        String problem = textProblem(value, multiLine);
        if (problem != null) {
            bad.putIfAbsent(field, problem);
        }
    }

    /**
     * What is wrong with a text field's value, or null: a control character (Unicode Cc; a multi-line field may
     * hold line feeds and tabs), or a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069),
     * which could make a title read differently from what it stores.
     */
    static String textProblem(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\t' || c == '\r'))) {
                return "不能包含控制字符";
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return "不能包含文字方向控制字符";
            }
        }
        return null;
    }

    /** Whether nothing is left of {@code value} without whitespace and zero-width characters (U+200B–U+200D, U+FEFF). */
    static boolean invisible(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c >= 0x200B && c <= 0x200D || c == 0xFEFF);
    }

    private static void length(Map<String, String> bad, String field, String value, int min, int max) {
        int n = value.codePointCount(0, value.length());
        if (n < min) {
            bad.put(field, "必填");
        } else if (n > max) {
            bad.put(field, "不能超过 " + max + " 字");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The list's status filter: empty or null for any state, else one state id or several separated by commas
     * ({@code draft,returned}), in the order given, without repeats.
     *
     * @throws InvalidParameterException naming {@code status} for an unknown state or an empty item
     */
    static List<String> statuses(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (String s : status.split(",", -1)) {
            try {
                ids.add(State.of(s).id());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("status",
                        "应为 draft、in_review、returned、scheduled、published 或 withdrawn（多个用逗号分隔）");
            }
        }
        return List.copyOf(ids);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The caller as the workflow sees it. */
    public static Actor actor(Optional<Account> account, boolean token) {
        if (account.isPresent()) {
            return new Actor(account.get().getId(), account.get().role());
        }
        if (token) {
            return new Actor(null, Role.ADMIN);
        }
        throw new org.inkstone.account.AccountRequiredException();
    }
}
