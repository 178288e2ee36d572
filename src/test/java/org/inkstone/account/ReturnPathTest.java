package org.inkstone.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnPathTest {

    @Test
    void sameSitePathsAreKept() {
        assertEquals("/articles/12?x=1#comments", ReturnPath.safe("/articles/12?x=1#comments", "/"));
        assertEquals("/inkstone/admin/comments", ReturnPath.safe("/inkstone/admin/comments", "/"));
    }

    @Test
    void everythingThatCouldLeaveTheSiteFallsBack() {
        for (String bad : new String[] {null, "", "https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil",
            "javascript:alert(1)", "/a\r\nSet-Cookie: x=1", "/a b", "evil.example", "/" + "a".repeat(600), "/\u4e2d"}) {
            assertEquals("/home", ReturnPath.safe(bad, "/home"), String.valueOf(bad));
        }
    }
}
