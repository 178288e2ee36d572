package org.inkstone.account;

import java.util.List;
import java.util.Locale;

/**
 * Account roles, lowest first, and the one place of the role hierarchy. Each role includes the ones before it
 * except that the two branches below editor do not include each other: a {@code reporter} (记者: writes and
 * submits articles, never approves) is not a moderator, and a moderator is not a reporter; an editor (and
 * everything above) is both. {@link #included()} is what a caller holds: the identity store gives it as groups
 * at log-in, and {@link CallerSecurity} as the roles that {@code @RolesAllowed(Role.Names.MODERATOR)} checks, so
 * chief editors pass a moderator's check too.
 */
public enum Role {
    READER, MODERATOR, REPORTER, EDITOR, CHIEF_EDITOR, ADMIN;

    /** The role ids as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String READER = "reader";
        public static final String MODERATOR = "moderator";
        public static final String REPORTER = "reporter";
        public static final String EDITOR = "editor";
        public static final String CHIEF_EDITOR = "chief-editor";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    /** The name used in the database, in groups and in JSON: {@code reader}, {@code chief-editor}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role named {@code id}; throws {@link IllegalArgumentException} for an unknown name. */
    public static Role of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** This role and every role it includes, as ids, lowest first. */
    public List<String> included() {
        return java.util.Arrays.stream(values()).filter(this::includes).map(Role::id).toList();
    }

    /** Whether a holder of this role may do what {@code other} may (reporter and moderator are side by side). */
    public boolean includes(Role other) {
        if (other.ordinal() > ordinal()) {
            return false;
        }
        return !((this == REPORTER && other == MODERATOR) || (this == MODERATOR && other == REPORTER));
    }

    /** True for every role above reader. */
    public boolean isStaff() {
        return this != READER;
    }
}
