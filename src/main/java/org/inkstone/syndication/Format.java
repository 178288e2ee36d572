package org.inkstone.syndication;

import java.util.Arrays;
import java.util.Optional;

/** The document format a partner takes. {@link #id()} is the API's and the database's name. */
public enum Format {
    /** IPTC ninjs 2.1 (News in JSON), {@code application/json}. */
    NINJS("ninjs", "application/json; charset=UTF-8"),
    /** IPTC NewsML-G2 2.35 {@code newsItem}, {@code application/vnd.iptc.g2.newsitem+xml}. */
    NEWSML_G2("newsml-g2", "application/vnd.iptc.g2.newsitem+xml; charset=UTF-8");

    private final String id;
    private final String mediaType;

    Format(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    /** The {@code Content-Type} of a pushed or served document of this format (UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code id} exactly ({@code ninjs}, {@code newsml-g2}); empty for anything else. */
    public static Optional<Format> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
