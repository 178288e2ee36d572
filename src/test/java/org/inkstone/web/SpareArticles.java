package org.inkstone.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.inkstone.comment.Api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Published zh-news articles for the page scenarios, taken from the top of the id range: the comment scenarios
 * take theirs from the bottom (40 for comments, then about 530 for the XSS payloads), so comments posted here
 * never change their counts. The seed and the {@code it-*} import records are left to the article tests.
 */
final class SpareArticles {

    /** Scenarios that post on their spare article name which one here, so no two share one. */
    static final int ACCESSIBILITY = 0;
    static final int WIDGET_LOCALE = 1;
    static final int MODERATION = 2;

    private SpareArticles() {
    }

    /** The id of the spare article {@code rank} (0: the highest id), read through the public API at {@code root}. */
    static long get(String root, int rank) {
        List<Long> ids = zhNews(root);
        return ids.get(ids.size() - 1 - rank);
    }

    /**
     * Every published zh-news article (not the seed, not the {@code it-*} import records) by ascending id, read
     * through the public API at {@code root}: the same list on every call while no test publishes one.
     */
    static List<Long> zhNews(String root) {
        Api api = new Api(root);
        List<Long> ids = new ArrayList<>();
        for (JsonValue channel : Api.json(api.get("api/channels")).getJsonArray("items")) {
            String cid = channel.asJsonObject().getString("id");
            for (int page = 1; ; page++) {
                HttpResponse<String> r = api.get("api/articles?channel=" + cid + "&size=100&page=" + page);
                if (r.statusCode() != 200) {
                    throw new AssertionError("api/articles " + cid + " page " + page + ": " + r.statusCode() + " " + r.body());
                }
                JsonArray items = Api.json(r).getJsonArray("items");
                if (items == null || items.isEmpty()) {
                    break;
                }
                for (JsonValue v : items) {
                    JsonObject item = v.asJsonObject();
                    String ext = item.getString("externalId", "");
                    if (!ext.startsWith("it-") && !ext.startsWith("seed-")) {
                        ids.add(item.getJsonNumber("id").longValue());
                    }
                }
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }
}
