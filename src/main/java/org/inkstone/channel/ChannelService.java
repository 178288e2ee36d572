package org.inkstone.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Channels (栏目). The set is small and changes only by migration, so it is loaded once per node and kept
 * in memory. Thread-safe: the loaded lists are immutable and published through a volatile field.
 */
@ApplicationScoped
public class ChannelService {

    @Inject
    ChannelMapper mapper;

    private volatile Snapshot snapshot;

    private record Snapshot(List<Channel> all, Map<String, Channel> byId, Map<String, String> aliases) {
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            List<Channel> all = List.copyOf(mapper.listAll());
            Map<String, Channel> byId = all.stream().collect(Collectors.toUnmodifiableMap(Channel::getId, Function.identity()));
            Map<String, String> aliases = mapper.listAliases().stream().collect(Collectors.toUnmodifiableMap(
                    a -> a.getAlias().toLowerCase(Locale.ROOT), ChannelAlias::getChannelId, (a, b) -> a));
            s = new Snapshot(all, byId, aliases);
            snapshot = s;
        }
        return s;
    }

    /** All channels in menu order. */
    public List<Channel> all() {
        return snapshot().all();
    }

    public Optional<Channel> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot().byId().get(id));
    }

    /** The channel with that id; throws {@link ChannelNotFoundException} when there is none. */
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
}
