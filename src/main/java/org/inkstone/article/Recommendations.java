package org.inkstone.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.search.SearchIndex;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 相关文章 (related) and 推荐文章 (recommended) lists of an article page.
 *
 * <p><b>Related</b>: the article's stored list (Lucene MoreLikeThis, {@link org.inkstone.search.LuceneArticleIndex#related},
 * computed when articles change: {@link RelatedLists}), re-checked against the database so an article withdrawn a
 * moment ago never shows (see {@link #related}).
 *
 * <p><b>Recommended</b>: unexpired editor picks of the article's channel, then of the site (in pick order);
 * then the most popular articles of the site by time-decayed views and comments (ranked among the 200 of most
 * lifetime interest and the 200 of most interest published in the last {@value #RECENT_DAYS} days); then the
 * newest of the same channel, then the newest of the site.
 * The article itself and its related entries are never recommended, nor a near-duplicate of one of them or of an
 * entry listed before. Popularity uses the Hacker News
 * "gravity" ranking form, {@code score = (views + 10 × comments) / (ageHours + 2)^1.8} (Amir Salihefendic, "How Hacker News
 * ranking algorithm works", 2010; HN subtracts the submitter's own vote, which has no counterpart here).
 * Candidate lists are cached for {@code inkstone.recommended.cache-seconds}, and until the index changes.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class Recommendations {

    /** Entries per list on the article page. */
    public static final int LIST_SIZE = 5;
    static final double GRAVITY = 1.8;
    private static final int CANDIDATES = 40;
    /** Rows read per popularity query (all-time, and recent). */
    private static final int POPULAR_CANDIDATES = 200;
    /**
     * Days that count as recent for the second popularity query. An article older than this has its interest
     * divided by at least (7 × 24 + 2)^1.8 ≈ 10,300, so only the all-time leaders can still rank among them.
     */
    static final int RECENT_DAYS = 7;

    @Inject
    ArticleService articles;

    @Inject
    SearchIndex index;

    @Inject
    RelatedLists relatedLists;

    @Inject
    ArticleSettings settings;

    private volatile Cache<String, List<ArticleItem>> candidates;

    private Cache<String, List<ArticleItem>> candidates() {
        Cache<String, List<ArticleItem>> c = candidates;
        if (c == null) {
            c = Caffeine.newBuilder().maximumSize(1_000)
                    .expireAfterWrite(settings.recommendedCache()).build();
            candidates = c;
        }
        return c;
    }

    /** Drops this node's cached candidate lists (after an editor pick changes); other nodes expire theirs. */
    public void invalidate() {
        candidates().invalidateAll();
    }

    /**
     * Up to 5 related articles of article {@code id}, best first: its stored list ({@link RelatedLists#ids}; one
     * primary-key query, MoreLikeThis only when no list is stored yet), re-checked against the database so an
     * article withdrawn a moment ago never shows (one query).
     */
    public List<ArticleItem> related(long id) {
        return articles.items(relatedLists.ids(id));
    }

    /**
     * Computes and stores the related lists of the newest {@code inkstone.related.warm-up} published articles that
     * have none, so their first readers do not wait for MoreLikeThis; a restart with stored lists does no work.
     * Runs on the calling thread; returns how many lists it stored.
     */
    public int warmUp() {
        return relatedLists.warmUp();
    }

    /**
     * Up to 5 recommended articles for an article of channel {@code channelId}, excluding {@code exclude} ids (the
     * article and its related entries), and never an entry that is a near-duplicate (exact 5-character shingle
     * Jaccard ≥ 0.95, {@link org.inkstone.search.NearDuplicates}) of an excluded article or of an entry listed
     * before it: of two near-duplicates the better placed stays. The check screens by the MinHash signatures the
     * index keeps as doc values ({@link org.inkstone.search.LuceneArticleIndex#withoutNearDuplicates}): one id
     * lookup and one doc-value read per article looked at, stored texts only for pairs it cannot rule out.
     */
    public List<ArticleItem> recommended(String channelId, Set<Long> exclude) {
        // Keyed by the index version too: a withdrawal applied from the outbox (on any node) drops the lists at once.
        List<ArticleItem> pool = candidates().get((channelId == null ? "" : channelId) + "@" + index.version(),
                k -> buildCandidates(channelId));
        Map<Long, ArticleItem> open = new LinkedHashMap<>();
        for (ArticleItem item : pool) {
            if (!exclude.contains(item.id())) {
                open.put(item.id(), item);
            }
        }
        List<ArticleItem> out = new ArrayList<>(LIST_SIZE);
        for (long id : index.index().withoutNearDuplicates(exclude, new ArrayList<>(open.keySet()), LIST_SIZE)) {
            out.add(open.get(id));
        }
        return out;
    }

    private List<ArticleItem> buildCandidates(String channelId) {
        Instant now = Instant.now();
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        if (channelId != null) {
            ids.addAll(articles.editorPicks(channelId, now));
        }
        ids.addAll(articles.editorPicks(null, now));
        // The decayed score needs every article's age, so it is not ranked in SQL. Candidates: the highest
        // lifetime interest of the site, plus the highest of the last RECENT_DAYS; a fresh article with
        // fewer lifetime views than the 200th all-time one would otherwise never be seen.
        Map<Long, Article> byId = new LinkedHashMap<>();
        articles.mostViewed(null, COMMENT_WEIGHT, null, POPULAR_CANDIDATES).forEach(a -> byId.put(a.getId(), a));
        articles.mostViewed(null, COMMENT_WEIGHT, now.minus(Duration.ofDays(RECENT_DAYS)), POPULAR_CANDIDATES)
                .forEach(a -> byId.putIfAbsent(a.getId(), a));
        List<Article> viewed = new ArrayList<>(byId.values());
        viewed.sort(Comparator.comparingDouble((Article a) -> -popularity(a.getViews(), a.getCommentCount(), a.getPublishedAt(), now))
                .thenComparing(Article::getId, Comparator.reverseOrder()));
        for (Article a : viewed) {
            if (ids.size() >= CANDIDATES) {
                break;
            }
            ids.add(a.getId());
        }
        List<ArticleItem> items = new ArrayList<>(articles.items(new ArrayList<>(ids)));
        Set<Long> have = new HashSet<>();
        items.forEach(i -> have.add(i.id()));
        List<ArticleItem> newest = channelId == null ? articles.latest(CANDIDATES)
                : articles.listByChannel(channelId, 1, CANDIDATES).items();
        for (ArticleItem i : newest) {
            if (have.add(i.id())) {
                items.add(i);
            }
        }
        if (channelId != null) {
            // A channel with few articles still gets a full list: fill with the newest of the site.
            for (ArticleItem i : articles.latest(CANDIDATES)) {
                if (have.add(i.id())) {
                    items.add(i);
                }
            }
        }
        return List.copyOf(items);
    }

    /**
     * Time-decayed popularity: {@code (views + 10 × comments) / (ageHours + 2)^1.8}; age counts from the publish
     * time (0 when unknown or in the future). The weight of a comment, {@value #COMMENT_WEIGHT} views, is our
     * choice: writing a comment is a far stronger sign of interest than opening the page (Hacker News counts
     * votes, which these stand in for).
     */
    static double popularity(long views, long comments, Instant publishedAt, Instant now) {
        double ageHours = publishedAt == null ? 0 : Math.max(0, Duration.between(publishedAt, now).toMinutes() / 60.0);
        return (views + COMMENT_WEIGHT * comments) / Math.pow(ageHours + 2, GRAVITY);
    }

    /** Views one approved comment counts as in {@link #popularity}. */
    static final int COMMENT_WEIGHT = 10;
}
