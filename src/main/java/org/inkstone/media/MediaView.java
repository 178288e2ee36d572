package org.inkstone.media;

/**
 * An image of the library as the API shows it. URLs are relative to the application root (e.g.
 * {@code media/<hash>.jpg}), so they work under any context path and host.
 *
 * @param hash      SHA-256 of the stored full-size file, 64 lower-case hex digits
 * @param url       the full-size image
 * @param width     pixels of the full-size image
 * @param height    pixels of the full-size image
 * @param alt       the text alternative, 1–200 characters
 * @param sizes     the page sizes
 * @param mediaType {@code image/jpeg} or {@code image/png}
 */
public record MediaView(String hash, String url, int width, int height, String alt, Sizes sizes, String mediaType) {

    /**
     * The page sizes: {@code large} is {@code media/<hash>-<large width>.<ext>}, {@code small}
     * {@code media/<hash>-<small width>.<ext>}; either is the full-size URL when the image is not wider than
     * that size (images are never enlarged).
     */
    public record Sizes(String large, String small) {
    }
}
