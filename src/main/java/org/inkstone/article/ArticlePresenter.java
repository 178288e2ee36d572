package org.inkstone.article;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles what an article page and {@code GET /api/articles/{id}} show: the article, its body as
 * escaped HTML, view count (stored + this node's unflushed views), related and recommended lists.
 * Thread-safe.
 */
@ApplicationScoped
public class ArticlePresenter {

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

    /**
     * The article with id {@code id}; counts a view when {@code countView}. Throws
     * {@link ArticleNotFoundException} when it is not published.
     */
    public ArticleDetail detail(long id, boolean countView) {
        Article a = articles.findPublished(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (countView) {
            views.record(id);
        }
        List<ArticleItem> related = recommendations.related(id);
        Set<Long> exclude = new HashSet<>();
        exclude.add(id);
        related.forEach(r -> exclude.add(r.id()));
        List<ArticleItem> recommended = recommendations.recommended(a.getChannelId(), exclude);
        ArticleItem item = articles.item(a);
        return new ArticleDetail(a.getId(), a.getExternalId(), a.getTitle(), item.channel(), item.publishedAt(),
                a.getSource(), a.getViews() + views.unflushed(id), bodyHtml(a.getBody()), related, recommended);
    }

    /** Escaped HTML of a plain-text body: {@code <p>} paragraphs and {@code <h2>} sub-headings. */
    public static String bodyHtml(String body) {
        StringWriter w = new StringWriter(body.length() + 256);
        BODY.execute(w, Map.of("blocks", Body.blocks(body)));
        return w.toString();
    }
}
