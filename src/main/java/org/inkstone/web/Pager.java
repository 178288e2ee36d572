package org.inkstone.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The page links of a paginated page ({@code pager.mustache}): previous, next, and up to 9 numbered links
 * starting 4 before the current page (fewer near the first and the last page; no ellipsis, no first/last
 * links). Hrefs are relative to the site root; the template puts the context path before them.
 *
 * @param prev  href of the previous page; null on page 1
 * @param next  href of the next page; null on the last page and past it
 * @param links the numbered links in ascending order; empty past the last page
 * @param show  whether there is more than one page (otherwise nothing is rendered)
 */
public record Pager(String prev, String next, List<Link> links, boolean show) {

    /** Most numbered links shown. */
    static final int WIDTH = 9;

    public Pager {
        links = List.copyOf(links);
    }

    /**
     * A numbered link.
     *
     * @param number  the page number, from 1
     * @param href    where it leads, relative to the site root
     * @param current whether it is the page shown (rendered as text, not a link)
     */
    public record Link(long number, String href, boolean current) {
    }

    /**
     * The pager of page {@code page} of {@code pages}.
     *
     * @param hrefPrefix relative to the site root, ending where the page number goes, e.g. {@code channels/sports?page=}
     * @param page       the page shown, from 1; may lie past {@code pages} (then only a previous link remains)
     * @param pages      how many pages there are, 0 or more
     * @throws IllegalArgumentException when {@code page} is below 1 or {@code pages} below 0
     */
    public static Pager of(String hrefPrefix, long page, long pages) {
        Objects.requireNonNull(hrefPrefix, "hrefPrefix");
        if (page < 1 || pages < 0) {
            throw new IllegalArgumentException("page " + page + " of " + pages);
        }
        List<Link> links = new ArrayList<>();
        long first = Math.max(1, page - 4);
        long last = Math.min(pages, first + WIDTH - 1);
        for (long p = first; p <= last; p++) {
            links.add(new Link(p, hrefPrefix + p, p == page));
        }
        return new Pager(page > 1 ? hrefPrefix + (page - 1) : null, page < pages ? hrefPrefix + (page + 1) : null,
                links, pages > 1);
    }
}
