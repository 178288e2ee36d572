package org.inkstone.channel;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChannelTreeTest {

    private static Channel channel(String id, String parent, int position, boolean hidden) {
        Channel c = new Channel();
        c.setId(id);
        c.setName("名" + id);
        c.setParentId(parent);
        c.setPosition(position);
        c.setHidden(hidden);
        return c;
    }

    /** news (1) > [domestic (2), world (1)]; sports (2, hidden) > [football (1)]; tech (3) > [ai (1, hidden)]. */
    private static ChannelTree sample() {
        return new ChannelTree(List.of(channel("football", "sports", 1, false), channel("tech", null, 3, false),
                channel("domestic", "news", 2, false), channel("sports", null, 2, true), channel("world", "news", 1, false),
                channel("news", null, 1, false), channel("ai", "tech", 1, true)));
    }

    private static List<String> ids(List<Channel> channels) {
        return channels.stream().map(Channel::getId).toList();
    }

    @Test
    void menuOrderPutsEachTopLevelChannelBeforeItsChildren() {
        assertEquals(List.of("news", "world", "domestic", "sports", "football", "tech", "ai"), ids(sample().all()));
    }

    @Test
    void readersSeeNeitherHiddenChannelsNorTheChildrenOfHiddenOnes() {
        assertEquals(List.of("news", "world", "domestic", "tech"), ids(sample().visible()));
        assertEquals(List.of("news", "tech"), ids(sample().navigation()));
    }

    @Test
    void positionTiesAreBrokenById() {
        ChannelTree t = new ChannelTree(List.of(channel("b", null, 1, false), channel("a", null, 1, false)));
        assertEquals(List.of("a", "b"), ids(t.all()));
    }

    @Test
    void aNewChannelGoesAtTheTopOrUnderATopLevelChannelOnly() {
        ChannelTree t = sample();
        t.checkParent(null);
        t.checkParent("news");
        t.checkParent("sports"); // hidden parents are parents all the same
        InvalidParameterException third = assertThrows(InvalidParameterException.class, () -> t.checkParent("world"));
        assertEquals(Map.of("parent", "只能在一级栏目下建二级栏目"), third.fields());
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class, () -> t.checkParent("nope"));
        assertEquals(Map.of("parent", "上级栏目不存在：nope"), unknown.fields());
    }

    @Test
    void onlyAChannelWithoutChildrenMayBeDeleted() {
        ChannelTree t = sample();
        t.checkDeletable("world");
        t.checkDeletable("ai");
        assertEquals("channel_not_empty", assertThrows(ChannelNotEmptyException.class, () -> t.checkDeletable("news")).code());
        assertEquals("栏目“名news”下仍有文章、推荐位或子栏目，不能删除（可以隐藏）",
                assertThrows(ChannelNotEmptyException.class, () -> t.checkDeletable("news")).getMessage());
        assertEquals(409, assertThrows(ChannelNotEmptyException.class, () -> t.checkDeletable("sports")).status());
        assertEquals("channel_not_found", assertThrows(ChannelNotFoundException.class, () -> t.checkDeletable("nope")).code());
    }

    @Test
    void aNewOrderNamesEveryChannelOfTheLevelOnce() {
        ChannelTree t = sample();
        t.checkOrder(null, List.of("tech", "news", "sports"));
        t.checkOrder("news", List.of("domestic", "world"));
        for (List<String> bad : List.of(List.of("tech", "news"), List.of("tech", "news", "sports", "sports"),
                List.of("tech", "news", "world"), List.of("tech", "news", "sports", "world"))) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> t.checkOrder(null, bad), bad.toString());
            assertEquals(java.util.Set.of("ids"), e.fields().keySet());
        }
        assertThrows(InvalidParameterException.class, () -> t.checkOrder("news", List.of("world")));
        assertEquals(java.util.Set.of("parent"),
                assertThrows(InvalidParameterException.class, () -> t.checkOrder("world", List.of())).fields().keySet());
    }

    @Test
    void namesAreStrippedAndOneTo32Characters() {
        assertEquals("国际新闻", ChannelTree.checkName("  国际新闻\u3000"));
        assertEquals("😀".repeat(32), ChannelTree.checkName("😀".repeat(32)), "counted in code points");
        for (String bad : new String[]{null, "", "   ", "长".repeat(33), "a\u0000b", "a\u202Eb"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> ChannelTree.checkName(bad), String.valueOf(bad));
            assertEquals(java.util.Set.of("name"), e.fields().keySet());
        }
    }

    @Test
    void aChildWhoseParentIsGoneIsShownAtTheTop() {
        ChannelTree t = new ChannelTree(List.of(channel("orphan", "gone", 1, false)));
        assertEquals(List.of("orphan"), ids(t.navigation()));
    }
}
