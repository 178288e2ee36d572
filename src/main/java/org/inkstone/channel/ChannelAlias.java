package org.inkstone.channel;

/** One name under which imported records may name a channel. */
public class ChannelAlias {
    private String alias;
    private String channelId;

    public String getAlias() { return alias; }
    public void setAlias(String alias) { this.alias = alias; }
    public String getChannelId() { return channelId; }
    public void setChannelId(String channelId) { this.channelId = channelId; }
}
