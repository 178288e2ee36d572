package org.inkstone.syndication;

import java.util.Set;

/**
 * What the pull API needs to know of a partner: whom it serves, in which format, from where, which channels.
 *
 * @param partnerId the partner (its rate limit counts under it)
 * @param format    the documents' format
 * @param startSeq  the change log's seq at registration: a pull never serves a change at or below it
 * @param channels  the channel ids whose articles it takes, children of subscribed parents included
 *                  ({@link PartnerService#expandedChannels}); empty: every channel
 */
public record Subscriber(long partnerId, Format format, long startSeq, Set<String> channels) {

    public Subscriber {
        channels = Set.copyOf(channels);
    }

    /** The pull view of {@code p}, whose channels {@code expanded} are (see {@link PartnerService#expandedChannels}). */
    public static Subscriber of(Partner p, Set<String> expanded) {
        return new Subscriber(p.getId(), p.format(), p.getStartSeq(), expanded);
    }

    /** Whether the partner takes articles of {@code channelId}. */
    public boolean takes(String channelId) {
        return channels.isEmpty() || channels.contains(channelId);
    }
}
