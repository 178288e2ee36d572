package org.inkstone.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.common.Sql;
import org.mybatis.cdi.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Channels (栏目): a two-level tree (see {@link ChannelTree}) that chief editors change through
 * {@code /api/admin/channels}. The set is small and read on every page, so it is kept in memory per node:
 * a change made on this node is visible here at once, other nodes reload it within {@link #RELOAD_MS}.
 * Hidden channels are left out of {@link #all()} and {@link #navigation()} (reader lists) but still found by
 * {@link #find}/{@link #require}, so their pages, their articles and imports naming them keep working.
 * Thread-safe: each loaded snapshot is immutable and published through a volatile field.
 */
@ApplicationScoped
public class ChannelService {

    /** How long a node keeps its loaded channels before reading them again (ms). */
    static final long RELOAD_MS = 10_000;

    @Inject
    ChannelMapper mapper;

    /**
     * How long after a change on this node a loaded snapshot is not kept (each read loads again), in ms:
     * {@link #reload()} runs inside the changing transaction, so a read on another thread in that window may
     * load the table as it was before the commit; keeping such a snapshot would hide the change for
     * {@link #RELOAD_MS}. The transaction commits right after {@code reload()} (its last statement).
     */
    static final long SETTLE_MS = 1_000;

    private volatile Snapshot snapshot;

    /** {@link System#nanoTime()} of the last change on this node. */
    private volatile long changedAt = System.nanoTime() - SETTLE_MS * 2_000_000;

    private record Snapshot(ChannelTree tree, Map<String, Channel> byId, Map<String, String> aliases, long loadedAt) {
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > RELOAD_MS * 1_000_000
                || s.loadedAt() - changedAt < SETTLE_MS * 1_000_000) {
            List<Channel> all = List.copyOf(mapper.listAll());
            Map<String, Channel> byId = all.stream().collect(Collectors.toUnmodifiableMap(Channel::getId, Function.identity()));
            Map<String, String> aliases = mapper.listAliases().stream().collect(Collectors.toUnmodifiableMap(
                    a -> a.getAlias().toLowerCase(Locale.ROOT), ChannelAlias::getChannelId, (a, b) -> a));
            s = new Snapshot(new ChannelTree(all), byId, aliases, System.nanoTime());
            snapshot = s;
        }
        return s;
    }

    /** Drops this node's snapshot after a change; the next read loads the channels again. */
    private void reload() {
        changedAt = System.nanoTime();
        snapshot = null;
    }

    /** The channels readers see (not hidden, not under a hidden channel) in menu order: each top-level channel followed by its children. */
    public List<Channel> all() {
        return snapshot().tree().visible();
    }

    /** The reader navigation: visible top-level channels (一级栏目) in order. */
    public List<Channel> navigation() {
        return snapshot().tree().navigation();
    }

    /** Every channel, hidden ones included, in menu order (for staff). */
    public ChannelTree tree() {
        return snapshot().tree();
    }

    /** The channel with that id, hidden or not. */
    public Optional<Channel> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot().byId().get(id));
    }

    /** The channel with that id (hidden or not); throws {@link ChannelNotFoundException} when there is none. */
    public Channel require(String id) {
        return find(id).orElseThrow(() -> new ChannelNotFoundException(id));
    }

    /** The channel id that an imported label (channel name, category, alias; case-insensitive) names, if any. */
    public Optional<String> resolveAlias(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().aliases().get(label.trim().toLowerCase(Locale.ROOT)));
    }

    public ChannelRef ref(String id) {
        Channel c = snapshot().byId().get(id);
        return new ChannelRef(id, c == null ? id : c.getName());
    }

    /**
     * Creates a visible channel at the end of its level.
     *
     * @param id     the slug (already checked against {@code Params.CHANNEL})
     * @param name   1–32 characters after stripping ({@link ChannelTree#checkName})
     * @param parent a top-level channel's id, or null for a new top-level channel
     * @throws org.inkstone.common.InvalidParameterException ({@code name}, {@code parent}) for a bad name, an
     *     unknown parent or a parent that is itself a second-level channel
     * @throws ChannelTakenException 409 {@code channel_exists} / {@code channel_name_taken}
     */
    @Transactional
    public Channel create(String id, String name, String parent) {
        String clean = ChannelTree.checkName(name);
        ChannelTree tree = new ChannelTree(mapper.listAll());
        if (tree.contains(id)) {
            throw ChannelTakenException.id(id);
        }
        tree.checkParent(parent);
        Channel c = new Channel();
        c.setId(id);
        c.setName(clean);
        c.setParentId(parent);
        c.setPosition(mapper.nextPosition(parent));
        try {
            mapper.insert(c);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ChannelTree(mapper.listAll()).contains(id) ? ChannelTakenException.id(id) : ChannelTakenException.name(clean);
            }
            throw e;
        }
        reload();
        return c;
    }

    /**
     * Renames a channel (its id, and so its URL, stays).
     *
     * @throws ChannelNotFoundException 404 for an unknown id
     * @throws org.inkstone.common.InvalidParameterException ({@code name}) for a bad name
     * @throws ChannelTakenException 409 {@code channel_name_taken}
     */
    @Transactional
    public void rename(String id, String name) {
        String clean = ChannelTree.checkName(name);
        int changed;
        try {
            changed = mapper.updateName(id, clean);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw ChannelTakenException.name(clean);
            }
            throw e;
        }
        if (changed == 0 && !new ChannelTree(mapper.listAll()).contains(id)) {
            throw new ChannelNotFoundException(id);
        }
        reload();
    }

    /**
     * Renames and/or hides or shows a channel, in one transaction (null: leave as is).
     *
     * @throws ChannelNotFoundException 404 for an unknown id; see {@link #rename} for the name's errors
     */
    @Transactional
    public void update(String id, String name, Boolean hidden) {
        if (name != null) {
            rename(id, name);
        }
        if (hidden != null) {
            setHidden(id, hidden);
        }
    }

    /** Hides or shows a channel (and so, for a top-level channel, its children). 404 for an unknown id. */
    @Transactional
    public void setHidden(String id, boolean hidden) {
        if (mapper.updateHidden(id, hidden) == 0 && !new ChannelTree(mapper.listAll()).contains(id)) {
            throw new ChannelNotFoundException(id);
        }
        reload();
    }

    /**
     * Puts the children of {@code parent} (the top level when null) in the order of {@code ids} (positions
     * 1, 2, …), in one transaction.
     *
     * @throws org.inkstone.common.InvalidParameterException ({@code parent}, {@code ids}) see {@link ChannelTree#checkOrder}
     */
    @Transactional
    public void reorder(String parent, List<String> ids) {
        new ChannelTree(mapper.listAll()).checkOrder(parent, ids);
        for (int i = 0; i < ids.size(); i++) {
            mapper.updatePosition(ids.get(i), i + 1);
        }
        reload();
    }

    /**
     * Deletes an empty channel (and its import aliases), in one transaction.
     *
     * @throws ChannelNotFoundException 404 for an unknown id
     * @throws ChannelNotEmptyException 409 {@code channel_not_empty} while it has child channels, or anything in
     *     the database refers to it (articles of any status, editor picks): nothing is deleted then
     */
    @Transactional
    public void delete(String id) {
        List<Channel> all = mapper.listAll();
        new ChannelTree(all).checkDeletable(id);
        String name = all.stream().filter(c -> c.getId().equals(id)).map(Channel::getName).findFirst().orElse(id);
        try {
            mapper.deleteAliases(id);
            if (mapper.delete(id) == 0) {
                throw new ChannelNotFoundException(id);
            }
        } catch (RuntimeException e) {
            if (Sql.isReferenced(e)) {
                throw new ChannelNotEmptyException(name);
            }
            throw e;
        }
        reload();
    }
}
