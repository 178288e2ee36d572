package org.inkstone.account;

import java.util.List;
import java.util.Locale;

/**
 * Account roles, lowest first, and the one place of the role hierarchy: each role includes the ones before
 * it (an editor is also a moderator and a reader). {@link #included()} is what a caller holds: the identity
 * store gives it as groups at log-in, and {@link CallerSecurity} as the roles that
 * {@code @RolesAllowed(Role.Names.MODERATOR)} checks, so chief editors pass a moderator's check too.
 */
public enum Role {
    READER, MODERATOR, EDITOR, CHIEF_EDITOR, ADMIN;

    /** The role ids as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String READER = "reader";
        public static final String MODERATOR = "moderator";
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

    /** This role and every role it includes, as ids. */
    public List<String> included() {
        return java.util.Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::id).toList();
    }

    /** True for every role above reader. */
    public boolean isStaff() {
        return this != READER;
    }
}
