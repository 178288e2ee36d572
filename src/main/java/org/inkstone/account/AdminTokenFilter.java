package org.inkstone.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import org.inkstone.common.InkstoneConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;

/**
 * Scripts and operators authenticate to the JSON API with {@code Authorization: Bearer <inkstone.admin.token>}
 * (no token configured: never). A matching token makes the request's JAX-RS security context the principal
 * {@value #PRINCIPAL} holding the admin role and every role it includes ({@link Role#included()}), so
 * {@code @RolesAllowed} admits it like an admin's session. Threat: anyone reaching the port could rebuild the
 * index or withdraw articles; the token is compared in constant time, and a wrong or missing token leaves the
 * request as it was (anonymous, or the session's caller), so it ends in 401/403 like any other caller.
 *
 * <p>Why a JAX-RS filter and not the Jakarta Security mechanism: the mechanism keeps its callers in the HTTP
 * session ({@code @AutoApplySession}), so a script's token would turn into a session cookie that acts without
 * it; this filter authenticates one request at a time and never creates a session. The token caller has no
 * account: {@link Caller#account()} is empty for it, so endpoints that record the acting account (moderation)
 * refuse it. Runs before authorisation ({@link Priorities#AUTHENTICATION}). Thread-safe.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {

    /** The principal name of token callers; not a valid user name (it holds a colon). */
    public static final String PRINCIPAL = "token:admin";

    @Inject
    InkstoneConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String token = config.get("inkstone.admin.token");
        String given = header.substring(7).trim();
        if (token.isEmpty() || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            private final Principal principal = () -> PRINCIPAL;

            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return Role.ADMIN.included().contains(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }
}
