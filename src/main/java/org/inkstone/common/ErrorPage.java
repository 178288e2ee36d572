package org.inkstone.common;

/**
 * Renders the HTML error page for reader-facing paths (everything outside {@code /api}). Implemented by the
 * page layer on top, so this package knows no template. Implementations must be thread-safe and must not
 * throw for any status or message; {@link ErrorMappers} falls back to a bare page if one does.
 */
public interface ErrorPage {

    /** A complete HTML document for {@code status} (4xx or 5xx) with {@code message} shown to the reader (escaped by the implementation). */
    String render(int status, String message);
}
