package org.inkstone.article;

/** How many articles of a newsroom list are in one state (an {@link ArticleStatus#db()} value). */
public class StateCount {
    private String state;
    private long n;

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public long getN() { return n; }
    public void setN(long n) { this.n = n; }
}
