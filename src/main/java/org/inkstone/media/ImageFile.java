package org.inkstone.media;

/**
 * The full-size file of a library image as a document that links to it describes it (an RSS {@code enclosure}, an
 * Atom {@code link rel="enclosure"}).
 *
 * @param hash      SHA-256 of the file, 64 lower-case hex digits
 * @param url       relative to the application root, e.g. {@code media/<hash>.jpg}
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param bytes     the file's length in bytes
 */
public record ImageFile(String hash, String url, String mediaType, long bytes) {
}
