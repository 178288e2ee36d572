package org.inkstone.media;

import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.media.Multipart.Part;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Uploads to the media library of the running server, as the newsroom's pages do (same-site {@code Origin}). */
public final class MediaUploads {

    private MediaUploads() {
    }

    /**
     * Uploads a random JPEG photo of {@code width} × {@code height} pixels with {@code alt} through {@code api} (a
     * logged-in staff account) to the server at {@code root}; asserts 201 and returns the media API's answer.
     */
    public static JsonObject photo(Api api, String root, int width, int height, String alt) {
        byte[] body = Multipart.body(List.of(
                Part.file("cover.jpg", "image/jpeg", TestImages.jpeg(TestImages.photo(width, height, ThreadLocalRandom.current().nextLong()))),
                Part.text("alt", alt)));
        String origin = root.substring(0, root.indexOf('/', "http://".length()));
        HttpResponse<String> r = api.send(api.request("api/newsroom/media").header("Origin", origin)
                .header("Content-Type", Multipart.CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r);
    }
}
