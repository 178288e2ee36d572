package org.inkstone.syndication;

/**
 * An item's publishing status as IPTC names it (ninjs {@code pubstatus}; NewsML-G2 {@code pubStatus} qcode
 * {@code stat:usable} / {@code stat:canceled}). {@link #id()} is the database's and ninjs' name.
 */
public enum PubStatus {
    /** Published: partners may use it. */
    USABLE("usable"),
    /** Withdrawn: a kill notice; partners must take it down. */
    CANCELED("canceled");

    private final String id;

    PubStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException for a name other than usable or canceled */
    public static PubStatus of(String id) {
        for (PubStatus p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("pubstatus " + id);
    }
}
