package org.inkstone.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/1", "/channels/sports", "/search", "/login", "/admin/comments", "/no/such/page",
            "/apis", "/assetsx/a.js"})
    void pagesGetThePolicyTheReferrerRuleAndNosniff(String path) {
        assertEquals(Map.of("X-Content-Type-Options", "nosniff", "Content-Security-Policy", CSP,
                "Referrer-Policy", "strict-origin-when-cross-origin"), SecurityHeaders.headersFor(path, "'self'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/session", "/api/articles/1/comments", "/api/captcha/x/image", "/assets/comments.js",
            "/assets/css/site.css"})
    void assetsAndTheApiGetOnlyNosniff(String path) {
        assertEquals(Map.of("X-Content-Type-Options", "nosniff"), SecurityHeaders.headersFor(path, "'self'"));
    }

    @Test
    void frameAncestorsComeFromConfiguration() {
        assertEquals(CSP.replace("frame-ancestors 'self'", "frame-ancestors 'self' https://partner.example"),
                SecurityHeaders.headersFor("/", "'self' https://partner.example").get("Content-Security-Policy"));
    }

    @ParameterizedTest(name = "[{index}] <{0}> -> <{1}>")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'self'                              | 'self'
            'none'                              | 'none'
            "  'self'   https://a.example  "    | 'self' https://a.example
            ""                                  | 'self'
            "'self'; script-src *"              | 'self'
            "'self', https://a.example"         | 'self'
            "https://a.example\\r\\nX: y"       | 'self'
            """)
    void frameAncestorsThatCouldEndTheDirectiveFallBackToSelf(String configured, String used) {
        assertEquals(used, SecurityHeaders.frameAncestors(configured.replace("\\r", "\r").replace("\\n", "\n")));
    }

    @Test
    void theShippedDefaultIsSelf() {
        assertEquals("'self'", SecurityHeaders.frameAncestors(new InkstoneConfig(Map.of(), new java.util.Properties())
                .get("inkstone.http.frame-ancestors")));
    }
}
