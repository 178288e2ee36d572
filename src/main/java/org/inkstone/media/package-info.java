/**
 * The newsroom's media library: images uploaded by staff, decoded to learn what they really are, re-encoded
 * (so camera metadata such as EXIF and GPS positions never leaves the server), made into page sizes, stored in
 * the database that every node shares ({@code media}, {@code media_rendition}), addressed by the SHA-256 of
 * the stored bytes and served with a year-long immutable cache. Owns those two tables; knows nothing of
 * articles (an article's HTML refers to an image by its URL only). Reaches accounts only through
 * {@link org.inkstone.account.Caller}.
 */
package org.inkstone.media;
