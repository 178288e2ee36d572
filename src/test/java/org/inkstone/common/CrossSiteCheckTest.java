package org.inkstone.common;

import org.inkstone.common.CrossSiteCheck.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The request guard's decision as a table. The server answers at Host {@code localhost:8080}; the listed
 * (CORS) origin is {@code http://embed.example:8081}. Empty cells are absent headers; {@code body} says whether
 * the request carries a body. Expected: ALLOWED, CROSS_SITE_REFUSED (403 cross_site_refused) or
 * UNSUPPORTED_MEDIA_TYPE (415 unsupported_media_type).
 */
class CrossSiteCheckTest {

    private static final String HOST = "localhost:8080";
    private static final Predicate<Origin> LISTED = o -> Set.of("http://embed.example:8081").contains(o.toString());

    @ParameterizedTest(name = "[{index}] {0} Origin={1} Sec-Fetch-Site={2} Content-Type={3} body={4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # method | Origin                              | Sec-Fetch-Site | Content-Type                        | body  | outcome
            GET      | http://evil.example                 | cross-site     | text/plain                          | false | ALLOWED
            HEAD     | http://evil.example                 | cross-site     |                                     | false | ALLOWED
            OPTIONS  | null                                |                |                                     | false | ALLOWED
            POST     | http://localhost:8080               | same-origin    | application/json                    | true  | ALLOWED
            POST     | http://LOCALHOST:8080               |                | application/json; charset=UTF-8     | true  | ALLOWED
            POST     | https://localhost:8080              |                | Application/JSON                    | true  | ALLOWED
            POST     | http://embed.example:8081           | cross-site     | application/json                    | true  | ALLOWED
            POST     | HTTP://Embed.Example:8081           |                | application/json                    | true  | ALLOWED
            DELETE   | http://localhost:8080               |                |                                     | false | ALLOWED
            DELETE   |                                     |                |                                     | false | ALLOWED
            POST     |                                     |                | application/json                    | true  | ALLOWED
            POST     |                                     | same-origin    | application/json                    | true  | ALLOWED
            POST     |                                     | same-site      | application/json                    | true  | ALLOWED
            POST     |                                     | none           | application/json                    | true  | ALLOWED
            POST     |                                     |                |                                     | false | ALLOWED
            POST     | http://evil.test@localhost:8080     |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://localhost:8080@evil.test     |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://evil.test@embed.example:8081 |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://localhost:8080/              |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://localhost:8080/x?y#z         |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://embed.example:8081/          |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://evil.example                 |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://evil.example                 | same-origin    | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://localhost:8081               |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://localhost.evil.example:8080  |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://embed.example:8082           |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | null                                |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | null                                | same-origin    | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | localhost:8080                      |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://evil.example                 |                | application/x-www-form-urlencoded   | true  | CROSS_SITE_REFUSED
            DELETE   | http://evil.example                 |                |                                     | false | CROSS_SITE_REFUSED
            PUT      | http://evil.example                 |                | application/json                    | true  | CROSS_SITE_REFUSED
            PATCH    | http://evil.example                 |                | application/json                    | true  | CROSS_SITE_REFUSED
            POST     | http://localhost:8080               | same-origin    | multipart/form-data; boundary=x     | true  | ALLOWED
            POST     | HTTP://LOCALHOST:8080               |                | Multipart/Form-Data; boundary=x     | true  | ALLOWED
            POST     |                                     |                | multipart/form-data; boundary=x     | true  | ALLOWED
            POST     | http://embed.example:8081           | cross-site     | multipart/form-data; boundary=x     | true  | CROSS_SITE_REFUSED
            POST     | http://evil.example                 | cross-site     | multipart/form-data; boundary=x     | true  | CROSS_SITE_REFUSED
            POST     | null                                |                | multipart/form-data; boundary=x     | true  | CROSS_SITE_REFUSED
            POST     |                                     | cross-site     | multipart/form-data; boundary=x     | true  | CROSS_SITE_REFUSED
            POST     |                                     | same-origin    | multipart/form-data; boundary=x     | true  | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     | none           | multipart/form-data; boundary=x     | true  | UNSUPPORTED_MEDIA_TYPE
            POST     | http://localhost:8080               |                | multipart/mixed; boundary=x         | true  | UNSUPPORTED_MEDIA_TYPE
            PROPFIND | http://evil.example                 |                |                                     | false | CROSS_SITE_REFUSED
            post     | http://evil.example                 |                |                                     | false | CROSS_SITE_REFUSED
            POST     |                                     | cross-site     | application/json                    | true  | CROSS_SITE_REFUSED
            POST     |                                     | Cross-Site     | application/json                    | true  | CROSS_SITE_REFUSED
            POST     |                                     | cross-site     | text/plain                          | true  | CROSS_SITE_REFUSED
            DELETE   |                                     | cross-site     |                                     | false | CROSS_SITE_REFUSED
            POST     | http://localhost:8080               |                | application/x-www-form-urlencoded   | true  | UNSUPPORTED_MEDIA_TYPE
            POST     | http://embed.example:8081           |                | text/plain                          | true  | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     |                | text/plain                          | true  | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     |                | text/plain                          | false | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     |                |                                     | true  | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     | same-origin    | application/jsonx                   | true  | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     |                | application/json garbage            | true  | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     |                | application/*                       | true  | UNSUPPORTED_MEDIA_TYPE
            POST     |                                     |                | */*                                 | true  | UNSUPPORTED_MEDIA_TYPE
            PUT      |                                     |                | text/json                           | true  | UNSUPPORTED_MEDIA_TYPE
            """)
    void decides(String method, String origin, String secFetchSite, String contentType, boolean body, Outcome expected) {
        assertEquals(expected, CrossSiteCheck.decide(method, origin, secFetchSite, contentType, body, HOST, LISTED));
    }

    @ParameterizedTest(name = "Host {0}")
    @NullSource
    @ValueSource(strings = {"evil.test", "localhost:8080@evil.test", "localhost:80800"})
    void anOriginWithoutAMatchingHostIsRefused(String host) {
        assertEquals(Outcome.CROSS_SITE_REFUSED,
                CrossSiteCheck.decide("POST", "http://localhost:8080", null, "application/json", true, host, o -> false));
    }
}
