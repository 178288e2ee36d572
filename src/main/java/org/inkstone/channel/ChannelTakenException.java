package org.inkstone.channel;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** 409: {@code channel_exists} (a channel has that id) or {@code channel_name_taken} (another channel has that name); names the field. */
public final class ChannelTakenException extends InkstoneException {

    private ChannelTakenException(String code, String message, String field) {
        super(409, code, message, Map.of(field, "已被使用"));
    }

    public static ChannelTakenException id(String id) {
        return new ChannelTakenException("channel_exists", "栏目标识已存在：" + id, "id");
    }

    public static ChannelTakenException name(String name) {
        return new ChannelTakenException("channel_name_taken", "栏目名称已被使用：" + name, "name");
    }
}
