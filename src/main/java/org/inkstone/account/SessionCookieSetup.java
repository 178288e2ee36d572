package org.inkstone.account;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.inkstone.common.InkstoneConfig;

/**
 * Sets what {@code web.xml} cannot take from configuration: the session cookie's {@code Secure} flag
 * ({@code inkstone.session.cookie-secure}; true wherever readers use HTTPS, including behind a TLS-ending
 * proxy) and the session timeout ({@code inkstone.session.timeout-minutes}). HttpOnly and SameSite=Lax are
 * fixed in {@code web.xml}.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AccountSettings settings = AccountSettings.from(new InkstoneConfig()); // listeners run before CDI producers may
        event.getServletContext().getSessionCookieConfig().setSecure(settings.cookieSecure());
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
        event.getServletContext().setSessionTimeout((int) settings.sessionTimeout().toMinutes());
    }
}
