package org.inkstone.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who logged in on a session, as {@link SessionAuthenticationMechanism} keeps it in the session (attribute
 * {@link #ATTRIBUTE}) and hands it to the container on every request: the caller name the identity store gave
 * and its groups (role ids, e.g. {@code [editor, reporter, reader]}, sorted, without duplicates). Serializable
 * and made of JDK types only, so a clustered node that never saw the log-in reads it from the replicated
 * session (web.xml {@code <distributable/>}). It is the container's view at log-in only: every feature asks
 * {@link Caller} for the account, read from the database with its current role and checked against the
 * session epoch. Immutable, so thread-safe.
 *
 * @param name   the caller principal name, not blank
 * @param groups the groups, sorted; copied, never null
 */
public record SessionCaller(String name, List<String> groups) implements Serializable {

    /** The session attribute holding the caller. */
    public static final String ATTRIBUTE = "org.inkstone.account.caller";

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @throws IllegalArgumentException for a blank name
     * @throws NullPointerException     for a null name, null groups or a null group
     */
    public SessionCaller {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank caller name");
        }
        groups = List.copyOf(new TreeSet<>(groups));
    }

    /** The caller {@code name} with {@code groups} in any collection (e.g. the identity store's set). */
    public static SessionCaller of(String name, Collection<String> groups) {
        return new SessionCaller(name, List.copyOf(groups));
    }

    /** {@code groups} as a new mutable set, for {@code notifyContainerAboutLogin(name, groups)}. */
    public Set<String> groupSet() {
        return new HashSet<>(groups);
    }
}
