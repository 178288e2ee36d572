package org.inkstone.syndication;

import java.time.Instant;

/**
 * A feed document as served, with its validators.
 *
 * @param etag         the entity tag without quotes ({@link FeedVersion#etag})
 * @param lastModified whole seconds ({@link FeedVersion#lastModified})
 * @param body         the XML document, UTF-8 (shared between requests: never modify)
 * @param mediaType    its {@code Content-Type}
 */
public record RenderedFeed(String etag, Instant lastModified, byte[] body, String mediaType) {
}
