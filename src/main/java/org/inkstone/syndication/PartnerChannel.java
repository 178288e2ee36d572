package org.inkstone.syndication;

/** A {@code partner_channel} row as MyBatis maps it. */
public class PartnerChannel {
    private long partnerId;
    private String channelId;

    public long getPartnerId() { return partnerId; }
    public void setPartnerId(long partnerId) { this.partnerId = partnerId; }
    public String getChannelId() { return channelId; }
    public void setChannelId(String channelId) { this.channelId = channelId; }
}
