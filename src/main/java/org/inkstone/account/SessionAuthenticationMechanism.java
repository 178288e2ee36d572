package org.inkstone.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Log-in through the API: {@code POST /api/session} calls {@code SecurityContext.authenticate} with the
 * credential, this mechanism validates it against the identity stores, and {@link AutoApplySession} keeps the
 * caller in the HTTP session (cookie {@code JSESSIONID}: HttpOnly, SameSite=Lax, Secure when configured).
 * Every other request is left alone: no challenge, no redirect, so anonymous readers are never asked to log
 * in. Thread-safe (stateless).
 */
@AutoApplySession
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
