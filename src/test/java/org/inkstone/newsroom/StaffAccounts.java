package org.inkstone.newsroom;

import org.inkstone.comment.Api;
import org.inkstone.comment.TestDb;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Staff accounts for the newsroom's system tests: registered through {@code POST /api/accounts} (a neutral
 * display name: reserved words such as 编辑 are refused there), given their role directly in the database, and
 * logged in. Any role, reader included (the accounts admin API is tested on its own in {@link AdminScenarios}).
 * Every call makes a new account with a random name, so scenarios and runs never share one.
 */
public final class StaffAccounts {

    /** The password of every account made here. */
    public static final String PASSWORD = "correct horse battery";

    private StaffAccounts() {
    }

    /** A logged-in account: its client, id, display name ({@code name}) and role id. */
    public record Staff(Api api, long id, String name, String role) {
    }

    /** A new account of {@code role} (a role id such as {@code chief-editor}) on the server at {@code root}, logged in. */
    public static Staff create(String root, String role) {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String username = "nr" + tag;
        String display = "稿" + tag;
        Api api = new Api(root);
        HttpResponse<String> r = api.post("api/accounts", "{\"username\":" + Api.str(username) + ",\"displayName\":"
                + Api.str(display) + ",\"password\":" + Api.str(PASSWORD) + "}");
        assertEquals(201, r.statusCode(), r.body());
        long id = Api.json(r).getJsonNumber("id").longValue();
        assertEquals(1, TestDb.update("UPDATE account SET role = ? WHERE id = ?", role, id));
        api.logIn(username, PASSWORD);
        return new Staff(api, id, display, role);
    }
}
