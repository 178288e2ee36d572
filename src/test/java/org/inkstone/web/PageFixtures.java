package org.inkstone.web;

import org.inkstone.article.ArticleDetail;
import org.inkstone.article.ArticleItem;
import org.inkstone.article.ItemList;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelRef;
import org.inkstone.comment.CommentPage;
import org.inkstone.comment.CommentView;
import org.inkstone.search.SearchService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Domain values for page tests, and the real templates read from the source tree ({@code webapp/} relative
 * to the module, where Maven runs the tests). The article title carries a {@code <script>} element, as the
 * {@code it-xss} import record does, so every page test sees untrusted text.
 */
final class PageFixtures {

    static final String BASE = "/inkstone";
    static final String SITE = "墨砚新闻";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String XSS_TITLE = "<script>alert('title')</script>标题";
    static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2012, 6, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private PageFixtures() {
    }

    /** Renders through the templates under {@code webapp/WEB-INF/templates}. */
    static PageRenderer renderer() {
        Path dir = Path.of("webapp", "WEB-INF", "templates");
        return new PageRenderer(name -> {
            try {
                return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Chrome chrome() {
        return new Chrome(SITE, BASE, channels());
    }

    static Channel channel(String id, String name, int position) {
        Channel c = new Channel();
        c.setId(id);
        c.setName(name);
        c.setPosition(position);
        return c;
    }

    /** Three channels; the third has a name that must be escaped. */
    static List<Channel> channels() {
        return List.of(channel("sports", "体育", 1), channel("tech", "科技", 2), channel("charity", "公益&慈善", 3));
    }

    static ArticleItem item(long id, String title, String channelId, String channelName) {
        return new ArticleItem(id, "ext-" + id, title, new ChannelRef(channelId, channelName), PUBLISHED.plusDays(id % 7));
    }

    static List<ArticleItem> items(long from, int count, String channelId, String channelName) {
        return LongStream.range(from, from + count).mapToObj(i -> item(i, "文章" + i, channelId, channelName)).toList();
    }

    /** The article with the script title, its source, two related and one recommended item. */
    static ArticleDetail article() {
        return new ArticleDetail(42, "it-xss", XSS_TITLE, new ChannelRef("tech", "科技"), PUBLISHED, "新华社", 7,
                "<p>正文&amp;第一段</p><h2>小标题</h2>", List.of(item(5, "相关一", "tech", "科技"), item(6, "相关二", "tech", "科技")),
                List.of(item(9, "推荐<b>一</b>", "sports", "体育")));
    }

    /** Article without source, publication time or any list. */
    static ArticleDetail bareArticle() {
        return new ArticleDetail(43, null, "无来源", new ChannelRef("tech", "科技"), null, null, 0, "<p>正文</p>",
                List.of(), List.of());
    }

    /** A root comment, a staff reply and a removed root; more pages follow. */
    static CommentPage comments() {
        OffsetDateTime t = OffsetDateTime.of(2024, 3, 1, 2, 5, 0, 0, ZoneOffset.UTC);
        return new CommentPage(3, List.of(
                new CommentView(100, null, "读者<甲>", "<p>第一条</p>", t, false, false, false),
                new CommentView(101, 100L, "编辑", "<p>回复</p>", t.plusMinutes(1), false, true, false),
                new CommentView(102, null, "", "", t.plusMinutes(2), false, false, true)), "cursor-2");
    }

    static ItemList<ArticleItem> channelList(long total, List<ArticleItem> items) {
        return new ItemList<>(total, items);
    }

    static SearchService.Result searchResult() {
        return new SearchService.Result(23, List.of(
                new SearchService.Hit(42, XSS_TITLE, "乡村<mark>振兴</mark>", new ChannelRef("tech", "科技"), PUBLISHED),
                new SearchService.Hit(43, "第二篇", "<mark>振兴</mark>", new ChannelRef("sports", "体育"), PUBLISHED)));
    }
}
