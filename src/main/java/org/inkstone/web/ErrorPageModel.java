package org.inkstone.web;

/**
 * The reader's error page ({@code error.mustache}); see {@link HtmlErrorPage}.
 *
 * @param status       the HTTP status, 4xx or 5xx
 * @param message      what went wrong, for the reader (plain text, escaped when shown)
 * @param newsroomLink whether the page offers 返回编辑部 ({@code /newsroom}): a staff member refused a newsroom page
 */
public record ErrorPageModel(int status, String message, boolean newsroomLink) implements Page {

    /** A page without the way back to the newsroom. */
    public ErrorPageModel(int status, String message) {
        this(status, message, false);
    }

    /** Whether the page is a 404 ("404 页面不存在" instead of "出错了（status）"). */
    public boolean notFound() {
        return status == 404;
    }

    @Override
    public String template() {
        return "error.mustache";
    }

    @Override
    public String pageTitle() {
        return "出错了";
    }
}
