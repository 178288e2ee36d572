package org.inkstone.account;

import java.util.List;
import java.util.Locale;

/**
 * Account roles, lowest first. Each role includes the ones before it: an editor is also a moderator and a
 * reader. The container sees every included role as a group of the caller, so
 * {@code isCallerInRole("moderator")} holds for chief editors too.
 */
public enum Role {
    READER, MODERATOR, EDITOR, CHIEF_EDITOR, ADMIN;

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
