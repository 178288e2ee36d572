package org.inkstone.web;

/**
 * A server-rendered page: one record per template, whose components are what the template shows. The
 * shared chrome (site name, links base, navigation) is not part of it; {@link Pages#render} adds that.
 * Templates resolve a name {@code foo} to a component or no-argument method {@code foo()} of the page
 * first, so no page may have a member named {@code siteName}, {@code base}, {@code channels} or {@code feeds}: it would
 * hide the chrome's value, even when null.
 */
public interface Page {

    /** The template's file name under {@code WEB-INF/templates/}, such as {@code "home.mustache"}. */
    String template();

    /** The page's own title, shown in {@code <title>} before the site name; plain text (escaped when shown). */
    String pageTitle();
}
