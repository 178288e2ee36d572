package org.inkstone.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Who the caller of a staff endpoint is, for {@code @RolesAllowed} (checked after this by Jersey's
 * {@code RolesAllowedDynamicFeature}): a request filter on every resource method that declares
 * {@code @RolesAllowed} (on the method or its class), nowhere else. Threat: anyone reaching the port could rebuild the index, withdraw
 * articles or moderate comments; only a logged-in account with the role, or the operators' token, passes.
 * <ul>
 *   <li>{@code Authorization: Bearer <inkstone.admin.token>} (scripts, operators; no token configured: never):
 *       the principal {@value #TOKEN_PRINCIPAL} with the admin role and every role below it. Compared in
 *       constant time; a wrong token leaves the request as it was. It has no account, so endpoints that record
 *       the acting account (moderation) refuse it.</li>
 *   <li>otherwise the account that Jakarta Security logged in
 *       ({@link Caller#account()}), holding its role and every role below it ({@link Role#included()}, the
 *       same groups {@link AccountIdentityStore} gives at log-in), so a role change takes effect within
 *       Caller's cache time (10 s) without a new log-in. Not the container's {@code isUserInRole}: it holds
 *       the groups of the log-in ({@link SessionCaller}), not a role changed since; and with the session
 *       re-applied by {@code @AutoApplySession} (before issue 12), Payara answered it wrongly for some of
 *       several concurrent requests of one session.</li>
 *   <li>no log-in: untouched (no principal), so the role check answers 401.</li>
 * </ul>
 * Why a JAX-RS filter and not the Jakarta Security mechanism for the token: the mechanism keeps its callers
 * in the HTTP session ({@link SessionAuthenticationMechanism}), so a script's token would turn into a session
 * cookie that acts without it; this filter authenticates one request at a time and never creates a session. Runs at
 * {@link Priorities#AUTHENTICATION}. Thread-safe.
 */
@ApplicationScoped
public class CallerSecurity implements DynamicFeature {

    /** The principal name of token callers; not a valid user name (it holds a colon). */
    public static final String TOKEN_PRINCIPAL = "token:admin";

    @Inject
    AccountSettings settings;

    @Inject
    Caller caller;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method m = resource.getResourceMethod();
        if (m != null && (m.isAnnotationPresent(RolesAllowed.class) || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class))) {
            context.register(new Filter(), Priorities.AUTHENTICATION);
        }
    }

    /** The per-method filter; all state is the feature's. */
    private final class Filter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            CallerSecurity.this.filter(request);
        }
    }

    private Caller caller() {
        return caller != null ? caller : CDI.current().select(Caller.class).get();
    }

    private AccountSettings settings() {
        return settings != null ? settings : CDI.current().select(AccountSettings.class).get();
    }

    void filter(ContainerRequestContext request) {
        boolean secure = request.getSecurityContext().isSecure();
        if (validToken(request.getHeaderString("Authorization"))) {
            request.setSecurityContext(new Roles(() -> TOKEN_PRINCIPAL, Role.ADMIN.included(), secure, "Bearer"));
            return;
        }
        Optional<Account> account = caller().account();
        if (account.isPresent()) {
            String name = account.get().getUsername();
            request.setSecurityContext(new Roles(() -> name, account.get().role().included(), secure, "FORM"));
        }
    }

    private boolean validToken(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = settings().adminToken();
        String given = header.substring(7).trim();
        return !token.isEmpty() && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** A caller and the role ids it holds. */
    private record Roles(Principal principal, List<String> roles, boolean secure, String scheme) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
