package org.inkstone.web;

import org.inkstone.article.ArticleDetail;
import org.inkstone.comment.CommentPage;
import org.inkstone.comment.CommentView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The article page ({@code article.mustache}): the article with its related and recommended lists, and the
 * first page of comments rendered read-only for readers without JavaScript.
 *
 * @param article      the article; its {@code bodyHtml} is written unescaped (Inkstone built it from escaped text)
 * @param published    publication time as shown, {@code yyyy-MM-dd HH:mm} in the article's offset; {@code ""} if unpublished
 * @param commentCount visible comments in all ("共有 N 条评论")
 * @param comments     the first page of comment threads, each root followed by its replies
 * @param moreComments whether more comments follow (shown to readers without JavaScript as a hint)
 * @param commentsUnavailable the comments could not be read now (see {@code CommentPages.firstPage}): the block
 *                     says so instead of a count and a list; the widget loads the live list later
 */
public record ArticlePage(ArticleDetail article, String published, long commentCount, List<Comment> comments,
                          boolean moreComments, boolean commentsUnavailable) implements Page {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public ArticlePage {
        comments = List.copyOf(comments);
    }

    /**
     * One comment as the page shows it.
     *
     * @param bodyHtml the sanitizer's output, written unescaped; empty when {@code removed}
     * @param shown    when it was written, {@code yyyy-MM-dd HH:mm} in the site's time zone
     * @param reply    whether it answers another comment (indented)
     * @param removed  a removed thread root kept for its visible replies ("该评论已删除")
     * @param staff    written by a staff account ("工作人员")
     */
    public record Comment(long id, String nickname, String bodyHtml, String shown, boolean reply, boolean removed,
                          boolean staff) {
    }

    /** The page of article {@code a} with the comment page {@code first}; comment times are shown in {@code zone}. */
    public static ArticlePage of(ArticleDetail a, CommentPage first, ZoneId zone) {
        List<Comment> comments = first.items().stream().map(c -> comment(c, zone)).toList();
        return new ArticlePage(a, a.publishedAt() == null ? "" : SHOWN.format(a.publishedAt()), first.count(), comments,
                first.nextCursor() != null, false);
    }

    /** The page of article {@code a} whose comments cannot be read now ({@code commentsUnavailable}). */
    public static ArticlePage withoutComments(ArticleDetail a) {
        return new ArticlePage(a, a.publishedAt() == null ? "" : SHOWN.format(a.publishedAt()), 0, List.of(), false, true);
    }

    private static Comment comment(CommentView c, ZoneId zone) {
        return new Comment(c.id(), c.nickname(), c.bodyHtml(), SHOWN.format(c.createdAt().atZoneSameInstant(zone)),
                c.parentId() != null, c.removed(), c.staff());
    }

    /** The meta description: the article's 摘要 (summary), or null without one. */
    public String description() {
        return article.summary();
    }

    /** The date of the article's correction note, {@code yyyy-MM-dd} in the site's offset; {@code ""} without one. */
    public String correctionDate() {
        return article.correction() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(article.correction().at());
    }

    @Override
    public String template() {
        return "article.mustache";
    }

    /** The article's title. */
    @Override
    public String pageTitle() {
        return article.title();
    }
}
