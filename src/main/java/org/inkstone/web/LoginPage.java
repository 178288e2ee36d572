package org.inkstone.web;

/**
 * The log-in and registration page ({@code login.mustache}).
 *
 * @param returnTo where the reader goes after logging in: a same-site path, already checked by
 *                 {@link org.inkstone.account.ReturnPath}
 */
public record LoginPage(String returnTo) implements Page {

    @Override
    public String template() {
        return "login.mustache";
    }

    @Override
    public String pageTitle() {
        return "登录";
    }
}
