package org.inkstone.media;

import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.comment.TestDb;
import org.inkstone.media.Multipart.Part;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.inkstone.media.Multipart.BOUNDARY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * System tests of the media library, run by {@code SiteIT} against its one deployment: uploads over real
 * HTTP (multipart built here), the files served, refusals (each stores nothing: rows counted), the library
 * list. Every image is made with a random seed, so no scenario meets another's (or an earlier run's) image.
 * Uploads go with the script token unless a scenario needs a logged-in editor.
 */
public final class MediaScenarios {

    private static final String TOKEN = "it-admin-token";
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String root;
    private final SecureRandom random = new SecureRandom();

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    public MediaScenarios(String root) {
        this.root = root;
    }

    private HttpRequest.Builder uploadRequest(byte[] body) {
        return HttpRequest.newBuilder(URI.create(root + "api/newsroom/media"))
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(b.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads with the script token. */
    private HttpResponse<String> upload(List<Part> parts) {
        return send(uploadRequest(Multipart.body(parts)).header("Authorization", "Bearer " + TOKEN), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String fileName, String contentType, byte[] file, String alt) {
        return upload(List.of(Part.file(fileName, contentType, file), Part.text("alt", alt)));
    }

    private HttpResponse<byte[]> fetch(String path, String ifNoneMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return send(b, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long mediaRows() {
        return TestDb.count("SELECT COUNT(*) FROM media");
    }

    private static long renditionRows() {
        return TestDb.count("SELECT COUNT(*) FROM media_rendition");
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long seed() {
        return random.nextLong();
    }

    /** Asserts the served file at {@code path}: 200, type, ETag, year-long immutable cache; 304 on its ETag. Returns the bytes. */
    private byte[] assertServed(String path, String mediaType, String etag) {
        HttpResponse<byte[]> r = fetch(path, null);
        assertEquals(200, r.statusCode(), path);
        // the type; web.xml's response-character-encoding makes the container add ";charset=UTF-8" to every type
        assertEquals(mediaType, r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(), path);
        assertEquals("\"" + etag + "\"", r.headers().firstValue("ETag").orElse(""), path);
        assertEquals(IMMUTABLE, r.headers().firstValue("Cache-Control").orElse(""), path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        HttpResponse<byte[]> again = fetch(path, "\"" + etag + "\"");
        assertEquals(304, again.statusCode(), path);
        assertEquals(0, again.body().length);
        assertEquals("\"" + etag + "\"", again.headers().firstValue("ETag").orElse(""), path);
        assertEquals(200, fetch(path, "\"something-else\"").statusCode(), "another ETag: the file");
        return r.body();
    }

    public void uploadsEachFormatAndServesItImmutableWithETag() {
        long before = mediaRows();
        // a photograph as JPEG, 1600 wide: both page sizes
        HttpResponse<String> r = upload("雨.JPG", "image/jpeg", TestImages.jpeg(TestImages.photo(1600, 1000, seed())), "雨中的长安街");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject m = Api.json(r);
        String hash = m.getString("hash");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals("media/" + hash + ".jpg", m.getString("url"));
        assertEquals(root + "media/" + hash + ".jpg", r.headers().firstValue("Location").orElse(""));
        assertEquals(1600, m.getInt("width"));
        assertEquals(1000, m.getInt("height"));
        assertEquals("雨中的长安街", m.getString("alt"));
        assertEquals("image/jpeg", m.getString("mediaType"));
        assertEquals("media/" + hash + "-1200.jpg", m.getJsonObject("sizes").getString("large"));
        assertEquals("media/" + hash + "-400.jpg", m.getJsonObject("sizes").getString("small"));
        byte[] full = assertServed("media/" + hash + ".jpg", "image/jpeg", hash);
        assertEquals(hash, sha256(full), "the name is the hash of the served bytes");
        assertEquals(1600, decode(full).getWidth());
        BufferedImage large = decode(assertServed("media/" + hash + "-1200.jpg", "image/jpeg", hash + "-1200"));
        assertEquals(1200, large.getWidth());
        assertEquals(750, large.getHeight());
        BufferedImage small = decode(assertServed("media/" + hash + "-400.jpg", "image/jpeg", hash + "-400"));
        assertEquals(400, small.getWidth());
        assertEquals(250, small.getHeight());

        // a graphic as PNG, 600 wide: only the small size; the large one is the original
        r = upload("chart.png", "image/png", TestImages.png(graphicWithNoise(600, 300)), "图表");
        assertEquals(201, r.statusCode(), r.body());
        m = Api.json(r);
        String png = m.getString("hash");
        assertEquals("image/png", m.getString("mediaType"));
        assertEquals("media/" + png + ".png", m.getJsonObject("sizes").getString("large"));
        assertEquals("media/" + png + "-400.png", m.getJsonObject("sizes").getString("small"));
        assertEquals(600, decode(assertServed("media/" + png + ".png", "image/png", png)).getWidth());
        assertEquals(400, decode(assertServed("media/" + png + "-400.png", "image/png", png + "-400")).getWidth());
        assertEquals(404, fetch("media/" + png + "-1200.png", null).statusCode(), "never enlarged");

        // GIF (a declared type that lies) and WebP: read, stored as PNG
        r = upload("anim.jpg", "image/jpeg", TestImages.gif(graphicWithNoise(120, 90)), "动图");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("image/png", Api.json(r).getString("mediaType"));
        assertEquals(120, Api.json(r).getInt("width"));
        assertEquals("gif", new String(TestDb.bytes("SELECT source_format FROM media WHERE hash = ?", Api.json(r).getString("hash")),
                StandardCharsets.US_ASCII));
        r = upload("x.webp", "image/webp", TestImages.WEBP_1X1, "一个像素");
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body()); // a constant image: stored by an earlier run too
        assertEquals("image/png", Api.json(r).getString("mediaType"));
        assertEquals(1, Api.json(r).getInt("width"));
        assertServed(Api.json(r).getString("url"), "image/png", Api.json(r).getString("hash"));
        assertTrue(mediaRows() >= before + 3);
    }

    /** A graphic made unique by a few random pixels (still far below 256 colours). */
    private BufferedImage graphicWithNoise(int width, int height) {
        BufferedImage img = TestImages.graphic(width, height);
        for (int i = 0; i < 8; i++) {
            img.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0x1000000));
        }
        return img;
    }

    public void theSameImageTwiceIsStoredOnce() {
        byte[] jpeg = TestImages.jpeg(TestImages.photo(500, 300, seed()));
        HttpResponse<String> first = upload("a.jpg", "image/jpeg", jpeg, "第一次的说明");
        assertEquals(201, first.statusCode(), first.body());
        long rows = mediaRows();
        long renditions = renditionRows();
        HttpResponse<String> second = upload("b.jpeg", "application/octet-stream", jpeg, "第二次的说明");
        assertEquals(200, second.statusCode(), second.body());
        String hash = Api.json(first).getString("hash");
        assertEquals(hash, Api.json(second).getString("hash"));
        assertEquals("第二次的说明", Api.json(second).getString("alt"));
        assertEquals(rows, mediaRows());
        assertEquals(renditions, renditionRows());
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM media WHERE hash = ?", hash));
    }

    public void exifAndGpsNeverLeaveTheServer() {
        byte[] upload = TestImages.withExif(TestImages.jpeg(TestImages.photo(1300, 800, seed())));
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        byte[] camera = TestImages.CAMERA.getBytes(StandardCharsets.US_ASCII);
        assertTrue(TestImages.contains(upload, exif) && TestImages.contains(upload, camera), "the upload carries EXIF with GPS");
        HttpResponse<String> r = upload("phone.jpg", "image/jpeg", upload, "手机照片");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject m = Api.json(r);
        List<String> urls = List.of(m.getString("url"), m.getJsonObject("sizes").getString("large"), m.getJsonObject("sizes").getString("small"));
        assertEquals(3, urls.stream().distinct().count(), urls.toString());
        for (String url : urls) {
            byte[] served = fetch(url, null).body();
            assertTrue(served.length > 100, url);
            assertFalse(TestImages.contains(served, exif), "EXIF in " + url);
            assertFalse(TestImages.contains(served, camera), "camera make in " + url);
            assertFalse(TestImages.contains(served, new byte[] {(byte) 0xFF, (byte) 0xE1}), "APP1 in " + url);
        }
        byte[] stored = TestDb.bytes("SELECT bytes FROM media WHERE hash = ?", m.getString("hash"));
        assertFalse(TestImages.contains(stored, camera), "not even in the database");
    }

    private void assertRefused(HttpResponse<String> r, int status, String code, String field, long rows, long renditions) {
        assertEquals(status, r.statusCode(), r.body());
        JsonObject body = Api.json(r);
        assertEquals(status, body.getInt("status"));
        assertEquals(code, body.getString("code"), r.body());
        assertFalse(body.getString("message").isBlank());
        if (field != null) {
            assertTrue(body.getJsonObject("fields").containsKey(field), r.body());
        }
        assertEquals(rows, mediaRows(), "nothing stored: " + code);
        assertEquals(renditions, renditionRows(), "no page size stored: " + code);
    }

    public void filesThatAreNotImagesAreRefusedAndNothingIsStored() {
        long rows = mediaRows();
        long renditions = renditionRows();
        HttpResponse<String> html = upload("photo.jpg", "image/jpeg", TestImages.html(), "伪装的网页");
        assertRefused(html, 415, "unsupported_image", "file", rows, renditions);
        assertTrue(Api.json(html).getString("message").contains("JPEG、PNG、WebP 或 GIF"), html.body());
        assertRefused(upload("photos.zip", "image/png", TestImages.zip(), "压缩包"), 415, "unsupported_image", "file", rows, renditions);
        assertRefused(upload("empty.jpg", "image/jpeg", new byte[0], "空文件"), 415, "unsupported_image", "file", rows, renditions);
        assertTrue(Api.json(upload("empty.jpg", "image/jpeg", new byte[0], "空文件")).getString("message").contains("文件为空"));
        byte[] png = TestImages.png(TestImages.photo(200, 200, seed()));
        assertRefused(upload("cut.png", "image/png", java.util.Arrays.copyOf(png, png.length / 3), "截断"), 415, "unsupported_image", "file",
                rows, renditions);
    }

    public void aDecompressionBombIsRefusedFastWithoutDecoding() {
        long rows = mediaRows();
        long renditions = renditionRows();
        byte[] bomb = TestImages.pngDeclaring(50_000, 50_000);
        long start = System.nanoTime();
        HttpResponse<String> r = upload("bomb.png", "image/png", bomb, "炸弹");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertRefused(r, 400, "image_too_large_pixels", "file", rows, renditions);
        assertTrue(ms < 2_000, "answered in " + ms + " ms");
        assertTrue(Api.json(r).getString("message").contains("50000 × 50000"), r.body());
    }

    public void aFileOverTheLimitIs413() {
        long rows = mediaRows();
        long renditions = renditionRows();
        int limit = 10 * 1024 * 1024;
        // one byte over the file limit: the request is within the envelope, the file part is counted
        byte[] over = new byte[limit + 1];
        byte[] jpeg = TestImages.jpeg(TestImages.photo(64, 64, seed()));
        System.arraycopy(jpeg, 0, over, 0, jpeg.length);
        assertRefused(upload("big.jpg", "image/jpeg", over, "太大"), 413, "payload_too_large", null, rows, renditions);
        // far over: refused from Content-Length
        assertRefused(upload("huge.jpg", "image/jpeg", new byte[limit + 200_000], "太大"), 413, "payload_too_large", null, rows, renditions);
    }

    public void altTextAndFileAreRequiredAndNamed() {
        long rows = mediaRows();
        long renditions = renditionRows();
        byte[] jpeg = TestImages.jpeg(TestImages.photo(80, 60, seed()));
        assertRefused(upload(List.of(Part.file("a.jpg", "image/jpeg", jpeg))), 400, "invalid_parameter", "alt", rows, renditions);
        assertRefused(upload("a.jpg", "image/jpeg", jpeg, "   "), 400, "invalid_parameter", "alt", rows, renditions);
        assertRefused(upload("a.jpg", "image/jpeg", jpeg, "长".repeat(201)), 400, "invalid_parameter", "alt", rows, renditions);
        assertRefused(upload(List.of(Part.text("alt", "没有文件"))), 400, "invalid_parameter", "file", rows, renditions);
        assertEquals(201, upload("a.jpg", "image/jpeg", jpeg, "长".repeat(200)).statusCode(), "200 characters are allowed");
    }

    public void onlyStaffUploadAndList() {
        long rows = mediaRows();
        long renditions = renditionRows();
        byte[] body = Multipart.body(List.of(Part.file("a.jpg", "image/jpeg", TestImages.jpeg(TestImages.photo(40, 40, seed()))),
                Part.text("alt", "匿名")));
        HttpResponse<String> anonymous = send(uploadRequest(body), HttpResponse.BodyHandlers.ofString());
        assertRefused(anonymous, 401, "login_required", null, rows, renditions);
        HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(root + "api/newsroom/media")), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, list.statusCode(), list.body());
        Api reader = new Api(root).registerAndLogIn("media" + Math.abs(random.nextInt(1_000_000)), "读者" + Math.abs(random.nextInt(1_000_000)));
        HttpResponse<String> refused = reader.send(reader.request("api/newsroom/media")
                .header("Content-Type", Multipart.CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertRefused(refused, 403, "forbidden", null, rows, renditions);
        // a page on another site cannot make an editor's browser upload (the form-post CSRF shape)
        Api editor = new Api(root).logIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> crossSite = editor.send(editor.request("api/newsroom/media").header("Origin", "http://evil.example")
                .header("Content-Type", Multipart.CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertRefused(crossSite, 403, "cross_site_refused", null, rows, renditions);
    }

    public void aLoggedInEditorUploadsFromTheSamePageOrigin() {
        Api editor = new Api(root).logIn("admin", ADMIN_PASSWORD);
        String origin = root.substring(0, root.indexOf('/', "http://".length()));
        byte[] body = Multipart.body(List.of(Part.file("a.png", "image/png", TestImages.png(graphicWithNoise(64, 64))), Part.text("alt", "编辑上传")));
        HttpResponse<String> r = editor.send(editor.request("api/newsroom/media").header("Origin", origin).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", Multipart.CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(201, r.statusCode(), r.body());
        String hash = Api.json(r).getString("hash");
        long adminId = TestDb.count("SELECT id FROM account WHERE username = 'admin'");
        assertEquals(adminId, TestDb.count("SELECT uploader_id FROM media WHERE hash = ?", hash), "the uploader is recorded");
        HttpResponse<String> list = editor.get("api/newsroom/media?size=5");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains(hash), "a session lists the library too");
    }

    public void theLibraryListsNewestFirstByCursor() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = upload("p" + i + ".png", "image/png", TestImages.png(graphicWithNoise(50, 40)), "第 " + i + " 张");
            assertEquals(201, r.statusCode(), r.body());
            mine.add(Api.json(r).getString("hash"));
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(root + "api/newsroom/media?size=2"))
                .header("Authorization", "Bearer " + TOKEN), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        JsonObject first = Api.json(page);
        // no other upload runs between these requests (system tests run one at a time)
        assertEquals(List.of(mine.get(2), mine.get(1)), first.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("hash")).toList());
        JsonObject item = first.getJsonArray("items").getJsonObject(0);
        assertEquals("media/" + mine.get(2) + ".png", item.getString("url"));
        assertEquals("第 2 张", item.getString("alt"));
        assertEquals(50, item.getInt("width"));
        assertEquals(40, item.getInt("height"));
        assertNotNull(item.getJsonObject("sizes"));
        String cursor = first.getString("nextCursor");
        HttpResponse<String> next = send(HttpRequest.newBuilder(URI.create(root + "api/newsroom/media?size=2&cursor=" + cursor))
                .header("Authorization", "Bearer " + TOKEN), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode(), next.body());
        assertEquals(mine.get(0), Api.json(next).getJsonArray("items").getJsonObject(0).getString("hash"));
        for (String bad : List.of("abc", "0", "-1", "1.5", "99999999999999999999")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + "api/newsroom/media?cursor=" + bad))
                    .header("Authorization", "Bearer " + TOKEN), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertEquals(Map.of("cursor", Api.json(r).getJsonObject("fields").getString("cursor")).keySet(),
                    Api.json(r).getJsonObject("fields").keySet());
        }
    }

    public void unknownOrMalformedMediaUrlsAreThe404Page() {
        HttpResponse<String> r = upload("x.jpg", "image/jpeg", TestImages.jpeg(TestImages.photo(300, 200, seed())), "小图");
        assertEquals(201, r.statusCode(), r.body());
        String hash = Api.json(r).getString("hash");
        assertEquals(200, fetch("media/" + hash + ".jpg", null).statusCode());
        for (String path : List.of("media/" + "0".repeat(64) + ".jpg", "media/" + hash + ".png", "media/" + hash + "-400.jpg",
                "media/" + hash.toUpperCase() + ".jpg", "media/" + hash + ".JPG", "media/" + hash + ".gif", "media/" + hash,
                "media/" + hash.substring(1) + ".jpg", "media/" + hash + "-0400.jpg", "media/abc.jpg", "media/..%2Fetc.jpg")) {
            HttpResponse<byte[]> miss = fetch(path, null);
            assertEquals(404, miss.statusCode(), path);
            assertTrue(miss.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertNull(miss.headers().firstValue("ETag").orElse(null), path);
        }
        assertEquals(404, fetch("media/" + "0".repeat(64) + ".jpg", "\"" + "0".repeat(64) + "\"").statusCode(),
                "a guessed ETag of an unknown image is no 304");
        assertArrayEquals(fetch("media/" + hash + ".jpg", null).body(), fetch("media/" + hash + ".jpg", "\"x\"").body());
    }

    public void aBrokenMultipartBodyIsA4xxNotA500() {
        long rows = mediaRows();
        long renditions = renditionRows();
        List<HttpRequest.Builder> broken = List.of(
                uploadRequest("this is not multipart at all".getBytes(StandardCharsets.UTF_8)),
                uploadRequest(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno closing boundary")
                        .getBytes(StandardCharsets.UTF_8)),
                HttpRequest.newBuilder(URI.create(root + "api/newsroom/media")).header("Content-Type", "multipart/form-data")
                        .POST(HttpRequest.BodyPublishers.ofString("no boundary parameter")),
                HttpRequest.newBuilder(URI.create(root + "api/newsroom/media")).header("Content-Type", "image/jpeg")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(TestImages.jpeg(TestImages.photo(20, 20, seed())))));
        for (HttpRequest.Builder b : broken) {
            HttpResponse<String> r = send(b.header("Authorization", "Bearer " + TOKEN), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 400 || r.statusCode() == 415, r.statusCode() + " " + r.body());
            assertEquals(r.statusCode(), Api.json(r).getInt("status"), r.body());
        }
        assertEquals(rows, mediaRows());
        assertEquals(renditions, renditionRows());
    }
}
