package org.inkstone.web;

import org.inkstone.account.ReturnPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /login?return=}: the log-in and registration page (forms driven by {@code assets/login.js} against
 * {@code /api/session} and {@code /api/accounts}). {@code return} is kept only when it is a same-site path
 * ({@link ReturnPath}); otherwise the reader lands on the home page.
 */
@Path("login")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@ApplicationScoped
public class LoginPageResource {

    @Inject
    Pages pages;

    @Inject
    ServletContext servletContext;

    @GET
    public String page(@QueryParam("return") String returnTo) {
        String home = servletContext.getContextPath() + "/";
        return pages.render(new LoginPage(ReturnPath.safe(returnTo, home)));
    }
}
