package org.inkstone.comment;

/**
 * The rule for an anonymous writer's nickname, which belongs to accounts (display names and the names staff
 * use must not be imitated). Implemented by {@link AccountNicknames}; an interface so posting can be tested
 * without accounts. Implementations are thread-safe.
 */
public interface Nicknames {

    /**
     * The nickname to store for {@code raw}, normalized.
     *
     * @throws org.inkstone.common.InvalidParameterException naming {@code field} when it is empty, too long,
     *     reserved or imitates a staff member's display name
     * @throws org.inkstone.common.InkstoneException 409 {@code nickname_taken} when it looks like (same confusable
     *     skeleton as) a registered account's display name
     */
    String check(String field, String raw);
}
