package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.common.ErrorPage;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reader's error page ({@code error.mustache}): status, message, and a way back for 404; a staff member
 * (reporter, editor and above) refused a page under {@code /newsroom} (403) also gets a link back to
 * {@code /newsroom}. Thread-safe.
 */
@ApplicationScoped
public class HtmlErrorPage implements ErrorPage {

    private static final Logger LOG = Logger.getLogger(HtmlErrorPage.class.getName());

    @Inject
    Pages pages;

    @Inject
    Instance<HttpServletRequest> requests;

    @Inject
    Instance<Caller> callers;

    @Override
    public String render(int status, String message) {
        return pages.render(new ErrorPageModel(status, message, status == 403 && newsroomStaff()));
    }

    /**
     * Whether a 403 page offers the way back to {@code /newsroom}: the path (after the context path, e.g.
     * {@code /newsroom/channels}) is {@code /newsroom} or below it, and the caller's role includes reporter.
     */
    static boolean offersNewsroom(int status, String path, Optional<Role> role) {
        return status == 403 && path != null && (path.equals("/newsroom") || path.startsWith("/newsroom/"))
                && role.map(r -> r.includes(Role.REPORTER)).orElse(false);
    }

    /** The current request's {@link #offersNewsroom} for a 403; false outside a request or when it cannot tell. */
    private boolean newsroomStaff() {
        if (requests == null || callers == null || !requests.isResolvable() || !callers.isResolvable()) {
            return false;
        }
        try {
            HttpServletRequest request = requests.get();
            String uri = request.getRequestURI();
            String context = request.getContextPath();
            String path = uri != null && context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
            if (!offersNewsroom(403, path, Optional.of(Role.ADMIN))) {
                return false; // not a newsroom path: no need to read the account
            }
            return offersNewsroom(403, path, callers.get().account().map(a -> a.role()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "error page: cannot tell whether the caller is newsroom staff", e);
            return false;
        }
    }
}
