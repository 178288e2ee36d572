package org.inkstone.channel;

/**
 * A channel (栏目): a stable slug id such as {@code sports}, a display name such as 体育, its position among its
 * siblings, its parent ({@code null} for a top-level channel, 一级栏目; else the id of a top-level channel: a
 * second-level channel, 二级栏目), and whether it is hidden from readers' navigation and channel lists.
 */
public class Channel {
    private String id;
    private String name;
    private int position;
    private String parentId;
    private boolean hidden;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public boolean isHidden() { return hidden; }
    public void setHidden(boolean hidden) { this.hidden = hidden; }

    /** For templates: {@code {{#topLevel}}}. */
    public boolean isTopLevel() { return parentId == null; }
}
