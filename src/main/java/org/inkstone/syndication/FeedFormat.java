package org.inkstone.syndication;

import java.util.Arrays;
import java.util.Optional;

/** The two feed formats: RSS 2.0 and Atom 1.0 (RFC 4287). {@link #id()} is the file name's stem in the URL. */
public enum FeedFormat {
    /** RSS 2.0 with the content ({@code content:encoded}) and Dublin Core ({@code dc:creator}) modules. */
    RSS("rss", "rss_2.0", "application/rss+xml; charset=UTF-8"),
    /** Atom 1.0. */
    ATOM("atom", "atom_1.0", "application/atom+xml; charset=UTF-8");

    private final String id;
    private final String romeType;
    private final String mediaType;

    FeedFormat(String id, String romeType, String mediaType) {
        this.id = id;
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    /** {@code rss} or {@code atom}: {@code /feeds/<id>.xml}. */
    public String id() {
        return id;
    }

    /** ROME's feed type ({@code rss_2.0}, {@code atom_1.0}). */
    String romeType() {
        return romeType;
    }

    /** The {@code Content-Type} of the served feed (UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code id} exactly; empty for anything else. */
    public static Optional<FeedFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
