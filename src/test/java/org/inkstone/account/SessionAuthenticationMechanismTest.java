package org.inkstone.account;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanism's rules without a server: the request, the session and the message context are small
 * hand-written fakes that record what the mechanism asks of them (a call outside the expected ones fails the
 * test); the ended sessions are the real {@link LocalEndedSessions} on a manual clock.
 */
class SessionAuthenticationMechanismTest {

    private final AtomicLong nanos = new AtomicLong();
    private final LocalEndedSessions ended = new LocalEndedSessions(Duration.ofMinutes(121), nanos::get);

    private SessionAuthenticationMechanism mechanism(EndedSessions endedSessions) {
        SessionAuthenticationMechanism m = new SessionAuthenticationMechanism();
        m.endedSessions = endedSessions;
        m.identityStores = credential -> credential instanceof UsernamePasswordCredential c
                && c.getCaller().equals("ed") && c.getPasswordAsString().equals("right password")
                ? new CredentialValidationResult("ed", Set.of("reader", "editor", "reporter", "moderator"))
                : CredentialValidationResult.INVALID_RESULT;
        return m;
    }

    @Test
    void aLoggedInSessionLogsTheCallerInWithNameAndGroups() {
        FakeSession session = new FakeSession("s-1");
        session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller("ed", List.of("reader", "editor")));
        FakeContext context = new FakeContext(false, null);

        AuthenticationStatus status = mechanism(ended).validateRequest(request(session), null, context.proxy());

        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(List.of("notifyContainerAboutLogin(ed, [editor, reader])"), context.calls);
        assertFalse(session.invalidated);
    }

    @Test
    void anEndedSessionIdIsAnonymousAndThisNodesCopyIsInvalidated() {
        FakeSession session = new FakeSession("s-2");
        session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller("ed", List.of("editor")));
        ended.end("s-2");
        FakeContext context = new FakeContext(false, null);

        AuthenticationStatus status = mechanism(ended).validateRequest(request(session), null, context.proxy());

        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertEquals(List.of("doNothing()"), context.calls);
        assertTrue(session.invalidated);
    }

    @Test
    void anEndedSessionOnAProtectedUrlIsAnsweredUnauthorized() {
        FakeSession session = new FakeSession("s-3");
        session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller("ed", List.of("editor")));
        ended.end("s-3");
        FakeContext context = new FakeContext(true, null);

        AuthenticationStatus status = mechanism(ended).validateRequest(request(session), null, context.proxy());

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertEquals(List.of("responseUnauthorized()"), context.calls);
        assertTrue(session.invalidated);
    }

    @Test
    void noSessionOrASessionWithoutACallerDoesNothing() {
        FakeContext none = new FakeContext(false, null);
        assertEquals(AuthenticationStatus.NOT_DONE, mechanism(ended).validateRequest(request(null), null, none.proxy()));
        assertEquals(List.of("doNothing()"), none.calls);

        FakeSession anonymous = new FakeSession("s-4");
        anonymous.setAttribute("something else", "x");
        FakeContext other = new FakeContext(false, null);
        assertEquals(AuthenticationStatus.NOT_DONE, mechanism(ended).validateRequest(request(anonymous), null, other.proxy()));
        assertEquals(List.of("doNothing()"), other.calls);
        assertFalse(anonymous.invalidated);
    }

    @Test
    void anUnreadableEndedSessionsStoreFailsClosedAndKeepsTheSession() {
        EndedSessions broken = new EndedSessions() {
            @Override
            public void end(String sessionId) {
                throw new IllegalStateException("grid down");
            }

            @Override
            public boolean isEnded(String sessionId) {
                throw new IllegalStateException("grid down");
            }
        };
        FakeSession session = new FakeSession("s-5");
        session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller("ed", List.of("editor")));
        FakeContext context = new FakeContext(false, null);

        assertEquals(AuthenticationStatus.NOT_DONE, mechanism(broken).validateRequest(request(session), null, context.proxy()));
        assertEquals(List.of("doNothing()"), context.calls);
        assertFalse(session.invalidated, "the session works again once the store answers");
    }

    @Test
    void aValidLogInKeepsTheCallerInTheSession() {
        FakeSession created = new FakeSession("s-6");
        FakeContext context = new FakeContext(false, new UsernamePasswordCredential("ed", "right password"));
        FakeRequest request = new FakeRequest(null, created);

        AuthenticationStatus status = mechanism(ended).validateRequest(request.proxy(), null, context.proxy());

        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(List.of("notifyContainerAboutLogin(ed, [editor, moderator, reader, reporter])"), context.calls);
        assertEquals(new SessionCaller("ed", List.of("editor", "moderator", "reader", "reporter")),
                created.getAttribute(SessionCaller.ATTRIBUTE));
    }

    @Test
    void aWrongPasswordIsAFailureAndKeepsNothing() {
        FakeSession created = new FakeSession("s-7");
        FakeContext context = new FakeContext(false, new UsernamePasswordCredential("ed", "wrong password"));
        FakeRequest request = new FakeRequest(null, created);

        assertEquals(AuthenticationStatus.SEND_FAILURE, mechanism(ended).validateRequest(request.proxy(), null, context.proxy()));
        assertEquals(List.of(), context.calls);
        assertFalse(request.created, "no session for a failed log-in");
    }

    @Test
    void cleanSubjectForgetsTheKeptCaller() {
        FakeSession session = new FakeSession("s-8");
        session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller("ed", List.of("editor")));
        FakeContext context = new FakeContext(false, null);

        mechanism(ended).cleanSubject(request(session), null, context.proxy());

        assertNull(session.getAttribute(SessionCaller.ATTRIBUTE));
        assertEquals(List.of("cleanClientSubject()"), context.calls);
    }

    @Test
    void anIdIsForgottenOnlyAfterTheLifetimeWithoutUse() {
        ended.end("s-9");
        nanos.addAndGet(Duration.ofMinutes(120).toNanos());
        assertTrue(ended.isEnded("s-9"), "asking renews it");
        nanos.addAndGet(Duration.ofMinutes(120).toNanos());
        assertTrue(ended.isEnded("s-9"));
        nanos.addAndGet(Duration.ofMinutes(121).toNanos());
        assertFalse(ended.isEnded("s-9"));
        assertFalse(ended.isEnded("never-ended"));
    }

    // ---- fakes -------------------------------------------------------------------------------------------

    private static HttpServletRequest request(FakeSession session) {
        return new FakeRequest(session, null).proxy();
    }

    /** A request that knows only its session: {@code getSession(false)} and {@code getSession()}. */
    private static final class FakeRequest {
        private FakeSession session;
        private final FakeSession toCreate;
        boolean created;

        FakeRequest(FakeSession session, FakeSession toCreate) {
            this.session = session;
            this.toCreate = toCreate;
        }

        HttpServletRequest proxy() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                    (p, method, args) -> {
                        if (!method.getName().equals("getSession")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        boolean create = args == null || (Boolean) args[0];
                        if (session == null && create) {
                            session = toCreate;
                            created = true;
                        }
                        return session;
                    });
        }
    }

    /** A message context that records the calls the mechanism makes to answer. */
    private static final class FakeContext {
        final List<String> calls = new ArrayList<>();
        private final boolean protectedUrl;
        private final Credential credential;

        FakeContext(boolean protectedUrl, Credential credential) {
            this.protectedUrl = protectedUrl;
            this.credential = credential;
        }

        HttpMessageContext proxy() {
            return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpMessageContext.class},
                    (p, method, args) -> switch (method.getName()) {
                        case "isAuthenticationRequest" -> credential != null;
                        case "getAuthParameters" -> AuthenticationParameters.withParams().credential(credential);
                        case "isProtected" -> protectedUrl;
                        case "notifyContainerAboutLogin" -> {
                            if (args.length == 1) {
                                CredentialValidationResult r = (CredentialValidationResult) args[0];
                                calls.add("notifyContainerAboutLogin(" + r.getCallerPrincipal().getName() + ", " + sorted(r.getCallerGroups()) + ")");
                            } else {
                                @SuppressWarnings("unchecked") Set<String> groups = (Set<String>) args[1];
                                calls.add("notifyContainerAboutLogin(" + args[0] + ", " + sorted(groups) + ")");
                            }
                            yield AuthenticationStatus.SUCCESS;
                        }
                        case "doNothing" -> {
                            calls.add("doNothing()");
                            yield AuthenticationStatus.NOT_DONE;
                        }
                        case "responseUnauthorized" -> {
                            calls.add("responseUnauthorized()");
                            yield AuthenticationStatus.SEND_FAILURE;
                        }
                        case "cleanClientSubject" -> {
                            calls.add("cleanClientSubject()");
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private static List<String> sorted(Set<String> s) {
            return s.stream().sorted().toList();
        }
    }

    /** An in-memory session; after {@link #invalidate()} every call but {@code getId} throws, as in a container. */
    static final class FakeSession implements HttpSession {
        private final String id;
        private final Map<String, Object> attributes = new HashMap<>();
        boolean invalidated;

        FakeSession(String id) {
            this.id = id;
        }

        private void live() {
            if (invalidated) {
                throw new IllegalStateException("invalidated");
            }
        }

        @Override public long getCreationTime() { live(); return 0; }
        @Override public String getId() { return id; }
        @Override public long getLastAccessedTime() { live(); return 0; }
        @Override public ServletContext getServletContext() { throw new UnsupportedOperationException(); }
        @Override public void setMaxInactiveInterval(int interval) { throw new UnsupportedOperationException(); }
        @Override public int getMaxInactiveInterval() { return 7200; }
        @Override public Object getAttribute(String name) { live(); return attributes.get(name); }
        @Override public Enumeration<String> getAttributeNames() { live(); return Collections.enumeration(attributes.keySet()); }
        @Override public void setAttribute(String name, Object value) { live(); attributes.put(name, value); }
        @Override public void removeAttribute(String name) { live(); attributes.remove(name); }
        @Override public void invalidate() { live(); invalidated = true; }
        @Override public boolean isNew() { live(); return false; }
    }

}
