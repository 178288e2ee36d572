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
        InkstoneConfig config = new InkstoneConfig();
        event.getServletContext().getSessionCookieConfig().setSecure(Boolean.parseBoolean(config.get("inkstone.session.cookie-secure")));
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
        event.getServletContext().setSessionTimeout(config.getInt("inkstone.session.timeout-minutes"));
    }
}
