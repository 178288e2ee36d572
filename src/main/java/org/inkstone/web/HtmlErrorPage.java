package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.common.ErrorPage;

/** The reader's error page ({@code error.mustache}): status, message, and a way back for 404. Thread-safe. */
@ApplicationScoped
public class HtmlErrorPage implements ErrorPage {

    @Inject
    Pages pages;

    @Override
    public String render(int status, String message) {
        return pages.render(new ErrorPageModel(status, message));
    }
}
