package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkstone.account.Account;
import org.inkstone.account.Caller;
import org.inkstone.common.ClientAddress;
import org.inkstone.common.KeyedHash;
import org.inkstone.common.TokenCookie;
import org.inkstone.common.Subject;

import java.util.Optional;

/**
 * Builds the {@link Author} of a request. A logged-in writer is its account. An anonymous
 * writer is known by two things: the keyed hash of the client address (limits, duplicates, blocks), and a
 * random writer cookie ({@code inkstone_writer}: HttpOnly, SameSite=Lax, one year) so that the writer, and
 * nobody else, sees their own pending comments. Only keyed hashes of both are stored.
 * Thread-safe.
 */
@ApplicationScoped
public class Writers {

    static final TokenCookie COOKIE = new TokenCookie("inkstone_writer");

    @Inject
    Caller caller;

    @Inject
    ClientAddress clients;

    @Inject
    KeyedHash keyedHash;

    /**
     * The writer key of whoever reads a thread (their own pending comments are shown), or null for a reader
     * who has never written: no session and no writer cookie. Cheaper than {@link #author}: no address hash.
     */
    public String viewerKey(HttpServletRequest request) {
        Optional<Account> account = caller.account();
        if (account.isPresent()) {
            return keyedHash.hex("writer", Subject.account(account.get().getId()).key());
        }
        String token = COOKIE.read(request);
        return token == null ? null : keyedHash.hex("writer", "t:" + token);
    }

    /** The author of a request; with {@code response}, an anonymous writer without a cookie gets one. */
    public Author author(HttpServletRequest request, HttpServletResponse response) {
        String clientHash = clients.hash(request);
        Optional<Account> account = caller.account();
        if (account.isPresent()) {
            Account a = account.get();
            return new Author(a.getId(), a.getDisplayName(), a.role().isStaff(), clientHash,
                    keyedHash.hex("writer", Subject.account(a.getId()).key()));
        }
        String token = COOKIE.read(request);
        if (token == null && response != null) {
            token = COOKIE.issue(request, response, request.isSecure());
        }
        return new Author(null, null, false, clientHash,
                token == null ? null : keyedHash.hex("writer", "t:" + token));
    }

}
