package org.inkstone.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Page links for a paginated page: previous/next and up to 9 numbered links around the current page.
 * {@code hrefPrefix} is relative to the site root and ends where the page number goes.
 */
public record Pager(String prev, String next, List<Link> links, boolean show) {

    public record Link(long number, String href, boolean current) {
    }

    public static Pager of(String hrefPrefix, long page, long pages) {
        List<Link> links = new ArrayList<>();
        long first = Math.max(1, page - 4);
        long last = Math.min(pages, first + 8);
        for (long p = first; p <= last; p++) {
            links.add(new Link(p, hrefPrefix + p, p == page));
        }
        return new Pager(page > 1 ? hrefPrefix + (page - 1) : null, page < pages ? hrefPrefix + (page + 1) : null,
                links, pages > 1);
    }
}
