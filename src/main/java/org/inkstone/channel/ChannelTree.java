package org.inkstone.channel;

import org.inkstone.common.InvalidParameterException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of the channel tree over one snapshot of every channel: two levels only (一级栏目 at the top,
 * 二级栏目 under a top-level channel, never deeper), menu order (each top-level channel by position, followed
 * by its children by position; ties by id), what readers see (hidden channels and the children of hidden
 * channels are left out), and which changes are allowed. Pure: no database; immutable and thread-safe.
 */
public final class ChannelTree {

    private static final Comparator<Channel> ORDER = Comparator.comparingInt(Channel::getPosition).thenComparing(Channel::getId);

    private final List<Channel> ordered;
    private final Map<String, Channel> byId;

    /** @param channels every channel, in any order; a child whose parent is missing is shown at the top level */
    public ChannelTree(List<Channel> channels) {
        Map<String, Channel> ids = new LinkedHashMap<>();
        channels.forEach(c -> ids.put(c.getId(), c));
        this.byId = Map.copyOf(ids);
        List<Channel> top = channels.stream().filter(c -> c.getParentId() == null || !ids.containsKey(c.getParentId()))
                .sorted(ORDER).toList();
        List<Channel> out = new ArrayList<>(channels.size());
        for (Channel t : top) {
            out.add(t);
            channels.stream().filter(c -> t.getId().equals(c.getParentId()) && c != t).sorted(ORDER).forEach(out::add);
        }
        this.ordered = List.copyOf(out);
    }

    /** Every channel, hidden ones included, in menu order. */
    public List<Channel> all() {
        return ordered;
    }

    /** What readers see, in menu order: neither hidden nor under a hidden channel. */
    public List<Channel> visible() {
        return ordered.stream().filter(this::isVisible).toList();
    }

    /** The reader navigation: visible top-level channels in order. */
    public List<Channel> navigation() {
        return ordered.stream().filter(c -> isTop(c) && !c.isHidden()).toList();
    }

    /** The children of {@code id} (top-level channels when null), in order. */
    public List<Channel> children(String id) {
        return ordered.stream().filter(c -> id == null ? isTop(c) : id.equals(c.getParentId())).toList();
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    /** True unless the channel or its parent is hidden. */
    public boolean isVisible(Channel c) {
        if (c.isHidden()) {
            return false;
        }
        Channel parent = c.getParentId() == null ? null : byId.get(c.getParentId());
        return parent == null || !parent.isHidden();
    }

    private boolean isTop(Channel c) {
        return c.getParentId() == null || !byId.containsKey(c.getParentId());
    }

    /**
     * Checks that a new channel may go under {@code parent} (null: top level).
     *
     * @throws InvalidParameterException ({@code parent}) when the parent does not exist, or is itself a
     *     second-level channel (the tree has two levels)
     */
    public void checkParent(String parent) {
        if (parent == null) {
            return;
        }
        Channel p = byId.get(parent);
        if (p == null) {
            throw new InvalidParameterException("parent", "上级栏目不存在：" + parent);
        }
        if (p.getParentId() != null) {
            throw new InvalidParameterException("parent", "只能在一级栏目下建二级栏目");
        }
    }

    /**
     * Checks that {@code id} may be deleted as far as the tree knows: it has no child channels. (Articles and
     * picks are checked by the database's foreign keys when the row is deleted.)
     *
     * @throws ChannelNotFoundException when there is no such channel
     * @throws ChannelNotEmptyException when it has children
     */
    public void checkDeletable(String id) {
        if (!contains(id)) {
            throw new ChannelNotFoundException(id);
        }
        if (!children(id).isEmpty()) {
            throw new ChannelNotEmptyException(byId.get(id).getName());
        }
    }

    /**
     * Checks a new order of the children of {@code parent} (null: the top level): {@code ids} must name each
     * of them exactly once, and nothing else.
     *
     * @throws InvalidParameterException ({@code parent}) for an unknown or second-level parent, ({@code ids})
     *     for a list that is not exactly the current children
     */
    public void checkOrder(String parent, List<String> ids) {
        checkParent(parent);
        Set<String> current = new HashSet<>();
        children(parent).forEach(c -> current.add(c.getId()));
        Set<String> given = new HashSet<>(ids);
        if (given.size() != ids.size() || !given.equals(current) || ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidParameterException("ids", "须恰好列出该级的全部栏目，各一次");
        }
    }

    /**
     * A channel name as stored: stripped of surrounding white space; 1–32 characters (code points), no
     * control or format characters.
     *
     * @throws InvalidParameterException ({@code name}) otherwise
     */
    public static String checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > 32) {
            throw new InvalidParameterException("name", "1–32 个字符");
        }
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidParameterException("name", "不能含控制字符");
        }
        return name;
    }
}
