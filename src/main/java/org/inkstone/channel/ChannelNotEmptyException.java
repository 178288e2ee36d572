package org.inkstone.channel;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** 409 {@code channel_not_empty}: a channel with articles, picks or child channels cannot be deleted. */
public class ChannelNotEmptyException extends InkstoneException {
    public ChannelNotEmptyException(String id) {
        super(409, "channel_not_empty", "栏目“" + id + "”下仍有文章、推荐位或子栏目，不能删除（可以隐藏）", Map.of());
    }
}
