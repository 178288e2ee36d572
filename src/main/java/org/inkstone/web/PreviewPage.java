package org.inkstone.web;

import org.inkstone.article.ArticleDetail;

/**
 * The staff preview of one revision ({@code article-preview.mustache}): the article as readers would see it,
 * without comments, lists or view count, marked {@code noindex}.
 *
 * @param article     the revision as an article; {@code bodyHtml} is the policy's sanitized HTML (or escaped paragraphs of an imported text)
 * @param published   the publication time as shown, {@code yyyy-MM-dd HH:mm}, or {@code ""}
 * @param revision    the revision number
 * @param statusLabel the article's state in Chinese
 */
public record PreviewPage(ArticleDetail article, String published, int revision, String statusLabel) implements Page {

    /** The page is never indexed (robots meta). */
    public boolean noindex() {
        return true;
    }

    @Override
    public String template() {
        return "article-preview.mustache";
    }

    @Override
    public String pageTitle() {
        return "预览:" + article.title();
    }
}
