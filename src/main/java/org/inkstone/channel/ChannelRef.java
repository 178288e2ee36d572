package org.inkstone.channel;

/** A channel as it appears inside API items: {@code {id, name}}. */
public record ChannelRef(String id, String name) {
}
