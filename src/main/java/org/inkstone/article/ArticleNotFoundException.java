package org.inkstone.article;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** No published article with that id (unknown, draft, in review or withdrawn alike): 404 {@code article_not_found}. */
public class ArticleNotFoundException extends InkstoneException {
    public ArticleNotFoundException(long id) {
        super(404, "article_not_found", "文章不存在或已撤下：" + id, Map.of());
    }
}
