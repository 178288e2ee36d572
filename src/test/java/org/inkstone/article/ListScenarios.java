package org.inkstone.article;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.inkstone.comment.Api;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Regression scenarios for "not every list can be walked to its end" ({@code GET /api/articles}), run by
 * {@code SiteIT}. They only read, so they need no data of their own.
 */
public final class ListScenarios {

    private final String root;

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    public ListScenarios(String root) {
        this.root = root;
    }

    private JsonObject get(String query) {
        HttpResponse<String> r = new Api(root).get("api/articles" + query);
        assertEquals(200, r.statusCode(), query + " -> " + r.body());
        return Api.json(r);
    }

    /** Follows nextCursor from the first page to the last; returns the items in order. */
    private List<JsonObject> walk(String params, int size) {
        List<JsonObject> items = new ArrayList<>();
        String query = "?size=" + size + params;
        JsonObject page = get(query);
        long total = page.getJsonNumber("total").longValue();
        for (int pages = 0; ; pages++) {
            assertTrue(pages <= total / size + 1, "more pages than the total allows");
            assertEquals(total, page.getJsonNumber("total").longValue(), "total on every page");
            page.getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
            if (page.isNull("nextCursor")) {
                break;
            }
            assertEquals(size, page.getJsonArray("items").size(), "only the last page is short");
            page = get(query + "&cursor=" + URLEncoder.encode(page.getString("nextCursor"), StandardCharsets.UTF_8));
        }
        assertEquals(total, items.size(), params + ": walked every article");
        return items;
    }

    private static void assertNewestFirstAndDistinct(List<JsonObject> items) {
        HashSet<Long> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.get(i);
            assertTrue(ids.add(item.getJsonNumber("id").longValue()), "twice: " + item);
            assertTrue(item.containsKey("externalId"), item.toString());
            assertNotNull(item.getJsonObject("channel").getString("name"));
            if (i > 0) {
                JsonObject prev = items.get(i - 1);
                int c = OffsetDateTime.parse(prev.getString("publishedAt")).compareTo(OffsetDateTime.parse(item.getString("publishedAt")));
                assertTrue(c > 0 || c == 0 && prev.getJsonNumber("id").longValue() > item.getJsonNumber("id").longValue(),
                        prev + " before " + item);
            }
        }
    }

    /** The cursor walks the whole site and a whole channel, newest first, every article exactly once. */
    public void everyListCanBeWalkedToItsEnd() {
        List<JsonObject> site = walk("", 100);
        assertTrue(site.size() > 1000, "the imported corpus: " + site.size());
        assertNewestFirstAndDistinct(site);
        List<JsonObject> sports = walk("&channel=sports", 7);
        assertNewestFirstAndDistinct(sports);
        sports.forEach(i -> assertEquals("sports", i.getJsonObject("channel").getString("id")));
        List<Long> fromSite = site.stream().filter(i -> "sports".equals(i.getJsonObject("channel").getString("id")))
                .map(i -> i.getJsonNumber("id").longValue()).toList();
        assertEquals(fromSite, sports.stream().map(i -> i.getJsonNumber("id").longValue()).toList());
    }

    /** {@code page=N} without a channel is a page of the site again, in step with the cursor; past the end it is empty. */
    public void sitePagesBeyondTheFirstWork() {
        JsonObject first = get("?size=5");
        JsonObject second = get("?size=5&page=2");
        JsonObject byCursor = get("?size=5&cursor=" + first.getString("nextCursor"));
        assertEquals(5, second.getJsonArray("items").size());
        assertEquals(byCursor.getJsonArray("items"), second.getJsonArray("items"));
        assertEquals(byCursor.getString("nextCursor"), second.getString("nextCursor"));
        assertEquals(first.getJsonNumber("total"), second.getJsonNumber("total"));
        long total = first.getJsonNumber("total").longValue();
        JsonObject last = get("?size=100&page=" + ((total + 99) / 100));
        assertEquals(total % 100 == 0 ? 100 : total % 100, last.getJsonArray("items").size());
        assertTrue(last.isNull("nextCursor"), "no next page after the last");
        JsonObject beyond = get("?size=100&page=" + ((total + 99) / 100 + 1));
        assertEquals(0, beyond.getJsonArray("items").size());
        assertTrue(beyond.isNull("nextCursor"));
        assertFalse(get("?channel=sports&page=2&size=5").isNull("nextCursor"));
    }

    /** A cursor that is not one of ours, or one with {@code page}, is 400 invalid_parameter naming cursor. */
    public void aBadCursorIsA400NamingCursor() {
        String good = get("?size=1").getString("nextCursor");
        for (String q : List.of("?cursor=abc", "?cursor=%21%21%21", "?cursor=" + "A".repeat(80), "?cursor=MXww",
                "?cursor=" + good + "&page=2", "?channel=sports&cursor=eA")) {
            HttpResponse<String> r = new Api(root).get("api/articles" + q);
            assertEquals(400, r.statusCode(), q + " -> " + r.body());
            JsonObject e = Api.json(r);
            assertEquals("invalid_parameter", e.getString("code"), q);
            assertEquals(400, e.getInt("status"), q);
            assertTrue(e.getJsonObject("fields").containsKey("cursor"), q + " -> " + e);
            assertFalse(e.getString("message").isBlank());
        }
        if (get("?cursor=" + good).getJsonArray("items").isEmpty()) {
            fail("a good cursor continues the list");
        }
        for (JsonValue v : get("?cursor=&size=3").getJsonArray("items")) {
            assertTrue(v.asJsonObject().containsKey("id"), "an empty cursor is the first page");
        }
    }
}
