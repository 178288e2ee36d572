package org.inkstone.syndication;

import java.util.List;

/**
 * What the pull API needs to know of a partner: whom it serves, in which format, from where, which channels.
 *
 * @param partnerId the partner (its rate limit counts under it)
 * @param format    the documents' format
 * @param startSeq  the change log's seq at registration: a pull never serves a change at or below it
 * @param channels  the channel ids subscribed (a parent includes its children); empty: every channel
 */
public record Subscriber(long partnerId, Format format, long startSeq, List<String> channels) {

    public Subscriber {
        channels = List.copyOf(channels);
    }
}
