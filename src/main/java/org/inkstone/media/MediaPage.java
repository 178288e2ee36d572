package org.inkstone.media;

import java.util.List;

/**
 * A page of the library, newest first.
 *
 * @param items      the images
 * @param nextCursor pass back as {@code cursor} for the next page; null on the last page
 */
public record MediaPage(List<MediaView> items, String nextCursor) {
}
