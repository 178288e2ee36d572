package org.inkstone.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Log-in through the API and the session that carries it, on one node or several clustered nodes:
 * <ul>
 *   <li>{@code POST /api/session} calls {@code SecurityContext.authenticate} with the credential; a valid one
 *       (identity stores) puts a {@link SessionCaller} (name and groups) into the HTTP session (cookie
 *       {@code JSESSIONID}: HttpOnly, SameSite=Lax, Secure when configured) and logs the caller in; an
 *       invalid one is {@link AuthenticationStatus#SEND_FAILURE} and stores nothing.</li>
 *   <li>every other request whose session holds a {@link SessionCaller}: the caller is logged in again from
 *       it ({@code notifyContainerAboutLogin(name, groups)}), on whichever node the request lands, unless
 *       the session id is in {@link EndedSessions}: then this node's copy of the session is invalidated and
 *       the request is anonymous.</li>
 *   <li>anything else is left alone (no challenge, no redirect: anonymous readers are never asked to log in),
 *       except a URL protected by a servlet security constraint (there are none today; roles are checked by
 *       {@code @RolesAllowed} on {@link CallerSecurity}'s caller), which is answered 401 rather than an empty
 *       200.</li>
 * </ul>
 * Why not {@code @AutoApplySession}: the session it replicates carries only the caller name, so on another
 * node the groups were lost (403 on role checks by the container), and its log-out did not reach the other
 * node's copy ({@code ../shared/STACK-NOTES.md}, two nodes, gotchas 1 and 2). Whether the account may still
 * act (disabled, password changed elsewhere, role changed) is decided per request by {@link Caller} from the
 * database; the groups kept here are the container's view at log-in only.
 * <p>
 * A failure of the ended-sessions store (the data grid) fails closed: the request is anonymous, the
 * session is kept (it works again once the grid answers), and a warning is logged at most once a minute.
 * Closed, because the store is what keeps a logged-out session (a shared computer, a stolen cookie) from
 * acting on another node, and a grid that fails is also failing to replicate the sessions themselves.
 * Thread-safe (no mutable state besides the warning clock).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionAuthenticationMechanism.class.getName());
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    EndedSessions endedSessions;

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (credential != null) {
            return logIn(credential, request, context);
        }
        Optional<SessionCaller> caller = resume(request.getSession(false));
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groupSet());
        }
        return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }

    /** Also forgets the caller kept in the session, so a {@code request.logout()} alone logs out. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(SessionCaller.ATTRIBUTE);
            } catch (IllegalStateException invalidated) {
                // nothing kept
            }
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus logIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession().setAttribute(SessionCaller.ATTRIBUTE,
                SessionCaller.of(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    /** The caller kept in {@code session} (null: none), unless the session has ended (then invalidated here). */
    private Optional<SessionCaller> resume(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object kept;
        String id;
        try {
            kept = session.getAttribute(SessionCaller.ATTRIBUTE);
            id = session.getId();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (!(kept instanceof SessionCaller caller)) {
            return Optional.empty();
        }
        boolean ended;
        try {
            ended = endedSessions.isEnded(id);
        } catch (RuntimeException gridFailure) {
            warn(gridFailure);
            return Optional.empty(); // fail closed, see the class comment
        }
        if (ended) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
            return Optional.empty();
        }
        return Optional.of(caller);
    }

    private void warn(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.log(Level.WARNING, "ended-sessions store unavailable: logged-in requests are served anonymously"
                    + " until it answers (this warning at most once a minute)", e);
        }
    }
}
