/**
 * Reader and staff accounts: registration, log-in and log-out over the JSON API (Jakarta Security: a database
 * identity store with {@code Pbkdf2PasswordHash} and a session-based authentication mechanism), roles, the
 * first admin account, session epochs (a password change ends the account's other sessions), and the rules for
 * names readers show (NFC, unique by confusable skeleton). Owns the {@code account} table. Does not decide
 * what a role may do in other features: they declare it with {@code @RolesAllowed(Role.Names...)}, and ask
 * {@link org.inkstone.account.Caller} for the account behind a request.
 */
package org.inkstone.account;
