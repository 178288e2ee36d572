package org.inkstone.article;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** The article was withdrawn (撤稿): 410 Gone, code {@code article_withdrawn}, a short notice and no body. */
public class ArticleWithdrawnException extends InkstoneException {
    public ArticleWithdrawnException(long id) {
        super(410, "article_withdrawn", "该文章已撤稿", Map.of());
    }
}
