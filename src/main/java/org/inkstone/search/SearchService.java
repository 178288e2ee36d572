package org.inkstone.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.channel.ChannelRef;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Params;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Reader search over the index. Validates what a pattern cannot (length, known channel, from before to,
 * page depth) and throws {@link InvalidParameterException} naming the field. Results are cached per index
 * version (up to 2,000 queries, 10 minutes since last use), so a change to the index is never hidden.
 * Thread-safe.
 */
@ApplicationScoped
public class SearchService {

    /** Hits per page. */
    public static final int PAGE_SIZE = 10;
    /** Deepest page served: 100 pages of 10 hits. */
    public static final int MAX_PAGE = 100;

    @Inject
    SearchIndex index;

    @Inject
    ChannelService channels;

    @Inject
    InkstoneConfig config;

    private record CacheKey(long indexVersion, SearchQuery query) {
    }

    /**
     * Recent results by query and index version, like Solr's queryResultCache: a repeated query (readers
     * search the same news terms) costs a map lookup; any index change makes new keys, and old ones age out.
     */
    private final com.github.benmanes.caffeine.cache.Cache<CacheKey, SearchHits> results =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000)
                    .expireAfterAccess(java.time.Duration.ofMinutes(10)).build();

    /**
     * The order named {@code sort}: relevance when null or empty.
     *
     * @throws InvalidParameterException naming {@code sort} for anything but {@code relevance} and {@code newest}
     */
    public static SearchSort sort(String sort) {
        if (sort == null || sort.isEmpty()) {
            return SearchSort.RELEVANCE;
        }
        return SearchSort.of(sort).orElseThrow(() -> new InvalidParameterException("sort", "排序应为 relevance 或 newest"));
    }

    /** A hit as the API and the page show it. */
    public record Hit(long id, String title, String snippetHtml, ChannelRef channel, OffsetDateTime publishedAt) {
    }

    /** {@code {total, hits}}: the exact number of matching articles and one page of hits. */
    public record Result(long total, List<Hit> hits) {
    }

    /** {@link #search(String, String, String, String, int, String)} in relevance order. */
    public Result search(String q, String channel, String from, String to, int page) {
        return search(q, channel, from, to, page, null);
    }

    /**
     * Published articles that are near-duplicates of a text about to be published ({@link NearDuplicates}: exact
     * 5-character shingle Jaccard ≥ 0.95 of headline + body), best first, at most 5, never article
     * {@code excludeId} (the article being edited). {@code bodyText} is plain text. Not cached: an editor's text
     * changes between calls. See {@link LuceneArticleIndex#nearDuplicatesOf}.
     */
    public List<NearDuplicate> nearDuplicatesOf(String title, String bodyText, long excludeId) {
        return index.index().nearDuplicatesOf(title, bodyText, excludeId);
    }

    /**
     * Searches. {@code q} is plain text (1 to 256 characters after trimming); {@code channel}, {@code from},
     * {@code to} may be null; dates as in {@link Params#instant}; {@code page} from 1 to 100; {@code sort}
     * {@code relevance} (also when null or empty) or {@code newest} (publish time, newest first, then higher id).
     *
     * @throws InvalidParameterException naming {@code q}, {@code channel}, {@code page}, {@code from} or {@code sort}
     */
    public Result search(String q, String channel, String from, String to, int page, String sort) {
        SearchSort order = sort(sort);
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw new InvalidParameterException("q", "请输入搜索词");
        }
        if (text.codePointCount(0, text.length()) > LuceneArticleIndex.MAX_QUERY_CHARS) {
            throw new InvalidParameterException("q", "搜索词过长，最多 " + LuceneArticleIndex.MAX_QUERY_CHARS + " 个字符");
        }
        String channelId = channel == null || channel.isEmpty() ? null : channel;
        if (channelId != null && channels.find(channelId).isEmpty()) {
            throw new InvalidParameterException("channel", "栏目不存在");
        }
        if (page > MAX_PAGE) {
            throw new InvalidParameterException("page", "最多显示前 " + MAX_PAGE + " 页");
        }
        ZoneId zone = config.zone();
        Instant fromI = Params.instant("from", from, zone, false);
        Instant toI = Params.instant("to", to, zone, true);
        if (fromI != null && toI != null && !fromI.isBefore(toI)) {
            throw new InvalidParameterException("from", "开始日期不能晚于结束日期");
        }
        SearchQuery query = new SearchQuery(text, channelId, fromI, toI, page, PAGE_SIZE, order);
        long version = index.version();
        SearchHits hits = results.get(new CacheKey(version, query), k -> index.index().search(query));
        return new Result(hits.total(), hits.hits().stream().map(h -> new Hit(h.id(), h.title(), h.snippetHtml(),
                channels.ref(h.channelId()), h.publishedAt().atZone(zone).toOffsetDateTime())).toList());
    }
}
