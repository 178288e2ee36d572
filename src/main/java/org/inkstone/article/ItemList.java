package org.inkstone.article;

import java.util.List;

/** A page of a list answer: {@code {total, items}}; {@code total} counts all items, not just this page. */
public record ItemList<T>(long total, List<T> items) {
}
