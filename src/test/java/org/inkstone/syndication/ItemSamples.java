package org.inkstone.syndication;

import java.time.OffsetDateTime;
import java.util.List;

/** Hand-built items for the document tests: every field set, with known values. */
final class ItemSamples {

    static final String BASE = "https://news.example/";

    private ItemSamples() {
    }

    static ItemContent.Picture cover() {
        return new ItemContent.Picture(BASE + "media/" + "ab".repeat(32) + ".jpg", "江边晨景", "新华社",
                List.of(new ItemContent.Rendition("original", BASE + "media/" + "ab".repeat(32) + ".jpg", 2400, 1600,
                                "image/jpeg"),
                        new ItemContent.Rendition("large", BASE + "media/" + "ab".repeat(32) + "-1200.jpg", 1200, 800,
                                "image/jpeg"),
                        new ItemContent.Rendition("small", BASE + "media/" + "ab".repeat(32) + "-600.jpg", 600, 400,
                                "image/jpeg")));
    }

    /** A published first version with every field. */
    static ItemContent full() {
        return new ItemContent(42, BASE + "articles/42", 1, PubStatus.USABLE,
                OffsetDateTime.parse("2026-03-01T08:30:00+08:00"), OffsetDateTime.parse("2026-03-01T08:30:00+08:00"),
                "连云港市妇联助力乡村振兴", "巾帼聚心，成风化人", "全市各级妇联组织动员广大妇女积极参与。",
                "<p>第一段<a href=\"" + BASE + "articles/7\">链接</a></p><h2>小标题</h2><p>第二段<img src=\"" + BASE
                        + "media/x.jpg\" alt=\"图\"></p>",
                "记者 王芳", "连云港日报", new ItemContent.Subject("本地", BASE + "channels/local"),
                new ItemContent.Subject("新闻", BASE + "channels/news"), List.of("乡村振兴", "妇联"), cover(), null,
                "本站稿件版权归墨砚新闻所有", "转载须注明来源", new ItemContent.Subject("墨砚新闻", BASE));
    }

    /** {@link #full()} as version 2, corrected. */
    static ItemContent corrected() {
        ItemContent f = full();
        return new ItemContent(f.articleId(), f.uri(), 2, PubStatus.USABLE, f.firstCreated(),
                OffsetDateTime.parse("2026-03-01T10:05:09+08:00"), f.headline(), f.subheadline(), f.summary(),
                f.bodyHtml(), f.byline(), f.source(), f.channel(), f.parentChannel(), f.keywords(), f.cover(),
                "第二段的数字有误，已更正。", f.copyrightNotice(), f.usageTerms(), f.provider());
    }

    /** The kill notice of {@link #full()} (version 3). */
    static ItemContent killed() {
        ItemContent f = full();
        return new ItemContent(f.articleId(), f.uri(), 3, PubStatus.CANCELED, f.firstCreated(),
                OffsetDateTime.parse("2026-03-02T09:00:00+08:00"), f.headline(), f.subheadline(), null, null,
                f.byline(), f.source(), f.channel(), f.parentChannel(), List.of(), null, null, f.copyrightNotice(),
                f.usageTerms(), f.provider());
    }
}
