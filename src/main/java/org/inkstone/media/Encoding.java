package org.inkstone.media;

import java.util.Locale;
import java.util.Optional;

/** How an image is stored and served: the two encodings the library writes. */
public enum Encoding {
    /** Photographs: lossy, small. */
    JPEG("image/jpeg", "jpg"),
    /** Graphics (few colours, or transparency): lossless. */
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    Encoding(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The {@code Content-Type}: {@code image/jpeg} or {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension of the URLs: {@code jpg} or {@code png}. */
    public String extension() {
        return extension;
    }

    /** The encoding whose extension is {@code ext} (lower case only), or empty. */
    public static Optional<Encoding> ofExtension(String ext) {
        for (Encoding e : values()) {
            if (e.extension.equals(ext)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The encoding stored as {@code name} in the database ({@code jpeg}, {@code png}). */
    public static Encoding ofDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The name stored in the database: {@code jpeg} or {@code png}. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }
}
