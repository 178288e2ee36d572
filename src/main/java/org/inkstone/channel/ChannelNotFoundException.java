package org.inkstone.channel;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** No channel with that id: 404 {@code channel_not_found}. */
public class ChannelNotFoundException extends InkstoneException {
    public ChannelNotFoundException(String id) {
        super(404, "channel_not_found", "栏目不存在：" + id, Map.of());
    }
}
