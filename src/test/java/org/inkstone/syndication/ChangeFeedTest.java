package org.inkstone.syndication;

import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChangeFeedTest {

    private static Channel channel(String id, String parent) {
        Channel c = new Channel();
        c.setId(id);
        c.setName("名" + id);
        c.setParentId(parent);
        return c;
    }

    /** news > [domestic, world]; sports > [football]; tech. */
    private static final ChannelTree TREE = new ChannelTree(List.of(channel("news", null), channel("domestic", "news"),
            channel("world", "news"), channel("sports", null), channel("football", "sports"), channel("tech", null)));

    @Test
    void anEmptySubscriptionCoversEveryChannel() {
        assertNull(ChangeFeed.covered(TREE, List.of()));
    }

    @Test
    void aParentChannelCoversItsChildren() {
        assertEquals(Set.of("news", "domestic", "world"), ChangeFeed.covered(TREE, List.of("news")));
    }

    @Test
    void aChildChannelCoversOnlyItself() {
        assertEquals(Set.of("football"), ChangeFeed.covered(TREE, List.of("football")));
    }

    @Test
    void severalChannelsCoverTheUnionOfTheirTrees() {
        assertEquals(Set.of("sports", "football", "tech", "world"), ChangeFeed.covered(TREE, List.of("sports", "tech", "world")));
    }

    @Test
    void aDeletedChannelStillCoversItself() {
        assertEquals(Set.of("gone"), ChangeFeed.covered(TREE, List.of("gone")));
    }
}
