package org.inkstone.channel;

/** A channel (栏目): a stable slug id such as {@code sports}, a display name such as 体育, and its menu position. */
public class Channel {
    private String id;
    private String name;
    private int position;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
