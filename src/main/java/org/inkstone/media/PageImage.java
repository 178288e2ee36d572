package org.inkstone.media;

/**
 * An image of the library as a page shows it in an {@code img} with {@code srcset}: the full size and the two
 * page sizes with their widths. URLs are relative to the application root (e.g. {@code media/<hash>-1200.jpg}).
 * A page size the image is not wider than is the full-size image (images are never enlarged), so
 * {@code large} and {@code small} may both be the full size.
 *
 * @param hash   SHA-256 of the stored full-size file, 64 lower-case hex digits
 * @param url    the full-size image
 * @param width  pixels of the full-size image
 * @param height pixels of the full-size image
 * @param alt    the text alternative, 1–200 characters
 * @param large  the large page size ({@code inkstone.media.large-width}) or the full size
 * @param small  the small page size ({@code inkstone.media.small-width}) or the full size
 */
public record PageImage(String hash, String url, int width, int height, String alt, Size large, Size small) {

    /** One file of an image: its URL (relative to the application root) and its width in pixels. */
    public record Size(String url, int width) {
    }
}
