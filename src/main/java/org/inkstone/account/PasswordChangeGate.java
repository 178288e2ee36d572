package org.inkstone.account;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * Enforces {@link OneTimePasswords}: a session that logged in with a one-time password (marked by
 * {@link Caller#bind}) may make only the requests of {@link OneTimePasswords#allowedWhilePending}; any other
 * is answered 403 {@code password_change_required} (JSON under {@code /api}), or for a page 303 to the log-in
 * page, which offers the change. Threat: a one-time password read by the person who relayed it (or left in a
 * chat) staying usable as the account's password. The mark lives in the session, so the check costs no
 * database query; an administrator's reset or a disabling ends the account's sessions anyway (session epoch).
 * Registered by the application class; runs before matching, first of all filters. Thread-safe.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class PasswordChangeGate implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        HttpSession session = servletRequest == null ? null : servletRequest.getSession(false);
        if (session == null) {
            return;
        }
        Object pending;
        try {
            pending = session.getAttribute(Caller.MUST_CHANGE_PASSWORD);
        } catch (IllegalStateException invalidated) {
            return;
        }
        if (!Boolean.TRUE.equals(pending)) {
            return;
        }
        String path = request.getUriInfo().getPath(true);
        if (OneTimePasswords.allowedWhilePending(request.getMethod(), path)) {
            return;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (!p.equals("api") && !p.startsWith("api/")) {
            request.abortWith(Response.seeOther(request.getUriInfo().getBaseUriBuilder().path("login").build()).build());
            return;
        }
        throw new PasswordChangeRequiredException();
    }
}
