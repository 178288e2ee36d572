package org.inkstone.channel;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * 409 {@code channel_not_empty}: a channel with articles, picks or child channels cannot be deleted. The message
 * names the channel as editors know it (its name, e.g. 栏目“体育”…).
 */
public class ChannelNotEmptyException extends InkstoneException {
    /** @param name the channel's name (plain text), shown in the message */
    public ChannelNotEmptyException(String name) {
        super(409, "channel_not_empty", "栏目“" + name + "”下仍有文章、推荐位或子栏目，不能删除（可以隐藏）", Map.of());
    }
}
