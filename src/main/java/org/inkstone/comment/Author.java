package org.inkstone.comment;

import org.inkstone.common.Subject;

import java.util.List;

/**
 * Who writes or flags: the account (null when anonymous), its display name, whether it is staff (moderator
 * and above), the keyed hash of the client address (64 hex digits), and the writer key under which pending
 * comments are shown to their writer (null for an anonymous reader without a writer cookie). Built by
 * {@link Writers}. Immutable.
 */
public record Author(Long accountId, String displayName, boolean staff, String clientHash, String writerKey) {

    /** Whose duplicates and limits these are: the account, else the client address. */
    public Subject subject() {
        return accountId != null ? Subject.account(accountId) : Subject.client(clientHash);
    }

    /** The subjects whose block stops this author: the client address, and the account if any. */
    public List<Subject> blockSubjects() {
        return accountId == null ? List.of(Subject.client(clientHash))
                : List.of(Subject.client(clientHash), Subject.account(accountId));
    }
}
