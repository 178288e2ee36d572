package org.inkstone.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.inkstone.common.InkstoneException;
import java.security.Principal;
import java.util.Map;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The account behind the current request, if the caller logged in. Threat: a session that outlives what it was
 * granted on, such as the other sessions of an account whose password was just changed (possibly by its owner
 * locking out a thief), on this node or another. So the account is read from the database on every request
 * that asks (once per request, then kept in a request attribute), and the session must carry the account's
 * current session epoch ({@link #bind}, at log-in and password change); a session of another account or an
 * older epoch is logged out and invalidated, and the caller is anonymous. Every feature decides who the caller
 * is through this class, so nothing acts on such a session. A session ended here ({@link #endSession}) is also
 * ended on every other clustered node ({@link EndedSessions}). Thread-safe (state lives in the request and the
 * session).
 */
@ApplicationScoped
public class Caller {

    /** Session attribute: {@code "<account id>:<session epoch>"} of the log-in. */
    static final String SESSION_EPOCH = "org.inkstone.account.epoch";
    /** Session attribute: {@code Boolean.TRUE} while the log-in's password is a one-time password ({@link PasswordChangeGate}). */
    static final String MUST_CHANGE_PASSWORD = "org.inkstone.account.must-change-password";
    private static final String MEMO = Caller.class.getName() + ".account";
    private static final Logger LOG = Logger.getLogger(Caller.class.getName());

    @Inject
    SecurityContext security;

    @Inject
    AccountMapper mapper;

    @Inject
    HttpServletRequest request;

    @Inject
    EndedSessions endedSessions;

    private record Memo(String username, Account account) {
    }

    /**
     * The logged-in account, or empty for anonymous callers, for an account deleted or disabled since log-in,
     * and for a session that has ended (its account's session epoch moved on): such a session is invalidated here.
     */
    public Optional<Account> account() {
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            return Optional.empty();
        }
        if (request.getAttribute(MEMO) instanceof Memo m && m.username().equals(p.getName())) {
            return Optional.ofNullable(m.account());
        }
        Account a = mapper.findByUsername(p.getName());
        HttpSession session = request.getSession(false);
        Object bound = session == null ? null : session.getAttribute(SESSION_EPOCH);
        if (a != null && (a.isDisabled() || !binding(a).equals(bound))) {
            endSession();
            a = null;
        }
        request.setAttribute(MEMO, new Memo(p.getName(), a));
        return Optional.ofNullable(a);
    }

    /**
     * The logged-in account, for actions logged under the account that takes them. Roles are checked before
     * (by {@code @RolesAllowed}); this only refuses a caller without an account.
     *
     * @throws AccountRequiredException 403 for the admin bearer token (it has the role, not an account)
     */
    public Account requireAccount() {
        return account().orElseThrow(AccountRequiredException::new);
    }

    /**
     * Records in the current session that it belongs to {@code account} at its current session epoch (after a
     * log-in or the session's own password change), and whether its password must be changed first, and makes
     * it this request's caller.
     */
    void bind(Account account) {
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_EPOCH, binding(account));
        if (account.isMustChangePassword()) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
        request.setAttribute(MEMO, new Memo(account.getUsername(), account));
    }

    /**
     * Logs the current caller out and ends the session, if there is one: its id goes into {@link EndedSessions}
     * (so no node's copy of it acts again) and this node's copy is invalidated. When the ended-sessions store
     * cannot be written (the grid is down), the failure is logged and the local copy is still invalidated:
     * nodes that cannot read the store serve no logged-in request anyway ({@link SessionAuthenticationMechanism}).
     */
    void endSession() {
        HttpSession session = request.getSession(false);
        String id = null;
        if (session != null) {
            try {
                id = session.getId();
            } catch (IllegalStateException alreadyInvalid) {
                session = null;
            }
        }
        if (id != null) {
            remember(id);
        }
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("log-out failed", e);
        }
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // nothing left to end
            }
        }
        request.removeAttribute(MEMO);
    }

    /**
     * Gives the current session a new id (after a password change) and ends the old id everywhere, so a copy
     * of the session kept under the old id on another node does not go on acting; a failure to record the old
     * id is logged (the session epoch still ends that copy when the password changed).
     *
     * @throws IllegalStateException without a session
     */
    void renewSessionId() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            throw new IllegalStateException("no session to renew");
        }
        String old = session.getId();
        request.changeSessionId();
        remember(old);
    }

    private void remember(String sessionId) {
        try {
            endedSessions.end(sessionId);
        } catch (RuntimeException gridFailure) {
            LOG.log(Level.SEVERE, "could not record an ended session in the ended-sessions store; other nodes'"
                    + " copies of it stay logged in until their epoch check or timeout", gridFailure);
        }
    }

    private static String binding(Account a) {
        return a.getId() + ":" + a.getSessionEpoch();
    }

    /** The account named {@code username}, read from the database. */
    Account mapperLookup(String username) {
        return mapper.findByUsername(username);
    }
}
