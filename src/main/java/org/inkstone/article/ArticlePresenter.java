package org.inkstone.article;

import org.inkstone.search.SearchIndex;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.enterprise.context.ApplicationScoped;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.inkstone.media.MediaService;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Assembles what an article page and {@code GET /api/articles/{id}} show: the article, its body as
 * escaped HTML, view count (stored when loaded + this node's unflushed views then + this node's views since),
 * related and recommended lists.
 * Thread-safe.
 */
@ApplicationScoped
public class ArticlePresenter {

    private static final Logger LOG = Logger.getLogger(ArticlePresenter.class.getName());

    /** Body HTML: Mustache escapes every paragraph; sub-headings become h2. */
    private static final Mustache BODY = new DefaultMustacheFactory().compile(new StringReader(
            "{{#blocks}}{{#heading}}<h2>{{text}}</h2>{{/heading}}{{^heading}}<p>{{text}}</p>{{/heading}}{{/blocks}}"),
            "body");

    @Inject
    ArticleService articles;

    @Inject
    Recommendations recommendations;

    @Inject
    ViewCounter views;

    @Inject
    SearchIndex index;

    @Inject
    org.inkstone.account.AccountService accounts;

    @Inject
    org.inkstone.common.InkstoneConfig config;

    @Inject
    MediaService media;

    @Inject
    ServletContext servletContext;

    /**
     * An article row as loaded, the index version then, and this node's view total and its not yet flushed part
     * at that moment (the row's {@code views} lacks the latter).
     */
    private record Loaded(long version, Article article, String bodyHtml, String editor, ArticleDetail.Cover cover,
                          long recordedAtLoad, long pendingAtLoad) {
    }

    /**
     * Published rows of recently read articles. An entry is dropped when the index changes (every publish,
     * update or withdrawal goes through the outbox, on every node) and after a minute in any case, so a
     * withdrawn article stops being served at once on the node that withdrew it and within the outbox poll
     * interval elsewhere.
     */
    private final Cache<Long, Loaded> rows = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    /**
     * The article with id {@code id}; counts a view when {@code countView}. Throws
     * {@link ArticleNotFoundException} when it is not published.
     */
    public ArticleDetail detail(long id, boolean countView) {
        return detail(id, () -> {
            if (countView) {
                views.record(id);
            }
            return countView;
        });
    }

    /**
     * The article with id {@code id}. {@code countView} runs once the article is known to be published and
     * before the view count is read, so a view it records is included (the page resource passes
     * {@link PageViews#count}). Throws {@link ArticleWithdrawnException} (410) when it was withdrawn and
     * {@link ArticleNotFoundException} when it is not published otherwise.
     */
    public ArticleDetail detail(long id, BooleanSupplier countView) {
        long version = index.version();
        Loaded loaded = rows.getIfPresent(id);
        if (loaded == null || loaded.version() != version) {
            Article row = articles.findPublished(id).orElseThrow(() -> notPublished(id));
            String editor = row.getPublishedBy() == null ? null
                    : accounts.findById(row.getPublishedBy()).map(org.inkstone.account.Account::getDisplayName).orElse(null);
            loaded = new Loaded(version, row, row.getBodyHtml() != null ? row.getBodyHtml() : bodyHtml(row.getBody()), editor,
                    cover(id, row.getCoverHash(), row.getCoverCredit()).orElse(null), views.recordedHere(id), views.pendingHere(id));
            rows.put(id, loaded);
        }
        Article a = loaded.article();
        countView.getAsBoolean();
        List<ArticleItem> related = recommendations.related(id);
        Set<Long> exclude = new HashSet<>();
        exclude.add(id);
        related.forEach(r -> exclude.add(r.id()));
        List<ArticleItem> recommended = recommendations.recommended(a.getChannelId(), exclude);
        ArticleItem item = articles.item(a);
        return new ArticleDetail(a.getId(), a.getExternalId(), a.getTitle(), item.channel(), item.publishedAt(),
                a.getSource(), a.getViews() + loaded.pendingAtLoad() + views.recordedHere(id) - loaded.recordedAtLoad(), loaded.bodyHtml(),
                related, recommended, a.getSubtitle(), a.getSummary(), a.getByline(), loaded.editor(),
                a.getCorrectionNote() == null || a.getCorrectedAt() == null ? null
                        : new ArticleDetail.Correction(a.getCorrectedAt().atZone(config.zone()).toOffsetDateTime(), a.getCorrectionNote()),
                loaded.cover());
    }

    /**
     * The cover image of article {@code articleId} (used only in the log) as pages and the API show it: the
     * media library's image {@code hash} with its page sizes and alt text, and {@code credit} (图片来源). Empty
     * without a hash, and when the library has no such image (then a warning is logged: the page goes on
     * without its cover rather than failing).
     */
    public Optional<ArticleDetail.Cover> cover(long articleId, String hash, String credit) {
        if (hash == null || hash.isEmpty()) {
            return Optional.empty();
        }
        Optional<ArticleDetail.Cover> cover = media.pageImage(hash)
                .map(image -> ArticleDetail.Cover.of(image, credit, servletContext.getContextPath()));
        if (cover.isEmpty()) {
            LOG.warning(() -> "article " + articleId + ": cover image " + hash + " is not in the media library; shown without it");
        }
        return cover;
    }

    /** 410 {@link ArticleWithdrawnException} for a withdrawn article, else 404 {@link ArticleNotFoundException}. */
    private RuntimeException notPublished(long id) {
        return articles.status(id).filter(s -> s == ArticleStatus.WITHDRAWN).isPresent()
                ? new ArticleWithdrawnException(id) : new ArticleNotFoundException(id);
    }

    /** Escaped HTML of a plain-text body: {@code <p>} paragraphs and {@code <h2>} sub-headings. */
    public static String bodyHtml(String body) {
        StringWriter w = new StringWriter(body.length() + 256);
        BODY.execute(w, Map.of("blocks", Body.blocks(body)));
        return w.toString();
    }
}
