package org.inkstone.syndication;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jsoup.Jsoup;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@link ItemContent} as an IPTC ninjs 2.1 object (News in JSON, schema
 * {@code ../shared/data/iptc/ninjs-schema_2.1.json}, draft 2020-12; its root forbids members it does not name, so
 * nothing else is written). Members, in the schema's terms:
 * <ul>
 * <li>{@code uri}, {@code type} {@code text}, {@code version} (a string, as the schema types it),
 * {@code firstcreated}, {@code versioncreated} (RFC 3339 with the site's offset, whole seconds), {@code pubstatus},
 * {@code language} {@code zh-CN};</li>
 * <li>{@code headlines}: role {@code main} (the title) and {@code subheadline} (the subtitle), text/plain;
 * {@code descriptions}: role {@code summary}, text/plain; {@code bodies}: role {@code main}, text/html, with
 * {@code charcount} (characters = code points of the body's text, tags left out);</li>
 * <li>{@code by} (the byline); {@code infosources}: the 来源 with role
 * {@code http://cv.iptc.org/newscodes/infosourcerole/originfo} (IPTC Information Source Role, "originating
 * source");</li>
 * <li>{@code subjects}: the channel (rel {@code channel}, uri {@code <base>channels/<id>}), its parent (rel
 * {@code broader}) and each tag (rel {@code keyword}, name only): ninjs 2.1 has no {@code keywords} member;</li>
 * <li>{@code associations}: the cover as an object named {@code cover}, type {@code picture}, with its alt text
 * as a {@code descriptions} entry (role {@code alt}), its credit (图片来源) as an infosource, and
 * {@code renditions} (name, href, width, height, contenttype);</li>
 * <li>{@code copyrightnotice}, {@code usageterms}; {@code ednote} with the correction note of a correction.</li>
 * </ul>
 * A kill notice carries only {@code uri}, {@code type}, {@code version}, {@code firstcreated},
 * {@code versioncreated}, {@code pubstatus} {@code canceled}, {@code language}, the main headline (the schema allows
 * it on any item, and a desk needs it to find what to take down; the withdrawn text itself is not repeated) and an
 * {@code ednote} saying to take the item down; no descriptions, bodies or associations. Stateless.
 */
public final class NinjsWriter {

    /** RFC 3339 {@code date-time} with a numeric offset (or Z) and whole seconds. */
    static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** IPTC Information Source Role NewsCode "originating source". */
    static final String ORIGINATING_SOURCE = "http://cv.iptc.org/newscodes/infosourcerole/originfo";

    /** The editor's note of a kill notice. */
    static final String KILL_NOTE = "本稿已撤回，请立即撤下，不得再使用。";

    /** The editor's note of a correction starts with this, followed by the correction note. */
    static final String CORRECTION_PREFIX = "更正：";

    private NinjsWriter() {
    }

    /** The ninjs object of {@code item}. */
    public static JsonObject toJson(ItemContent item) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("uri", item.uri())
                .add("type", "text")
                .add("version", String.valueOf(item.version()))
                .add("firstcreated", time(item.firstCreated()))
                .add("versioncreated", time(item.versionCreated()))
                .add("pubstatus", item.pubStatus().id())
                .add("language", ItemContent.LANGUAGE);
        JsonArrayBuilder headlines = Json.createArrayBuilder()
                .add(text("main", item.headline(), "text/plain"));
        if (item.killNotice()) {
            return o.add("headlines", headlines).add("ednote", KILL_NOTE).build();
        }
        if (item.subheadline() != null) {
            headlines.add(text("subheadline", item.subheadline(), "text/plain"));
        }
        o.add("headlines", headlines);
        if (item.summary() != null) {
            o.add("descriptions", Json.createArrayBuilder().add(text("summary", item.summary(), "text/plain")));
        }
        o.add("bodies", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("role", "main")
                .add("contenttype", "text/html")
                .add("charcount", charCount(item.bodyHtml()))
                .add("value", item.bodyHtml())));
        if (item.byline() != null) {
            o.add("by", item.byline());
        }
        if (item.source() != null) {
            o.add("infosources", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("name", item.source()).add("role", ORIGINATING_SOURCE)));
        }
        o.add("subjects", subjects(item));
        if (item.cover() != null) {
            o.add("associations", Json.createArrayBuilder().add(picture(item.cover())));
        }
        o.add("copyrightnotice", item.copyrightNotice()).add("usageterms", item.usageTerms());
        if (item.correction()) {
            o.add("ednote", CORRECTION_PREFIX + item.correctionNote());
        }
        return o.build();
    }

    /** The ninjs document of {@code item} as JSON text (UTF-16 string; sent as UTF-8). */
    public static String write(ItemContent item) {
        return toJson(item).toString();
    }

    /** The body's character count: code points of its text without markup (ninjs {@code charcount}). */
    static int charCount(String html) {
        String text = Jsoup.parseBodyFragment(html).text();
        return text.codePointCount(0, text.length());
    }

    static String time(OffsetDateTime t) {
        return RFC_3339.format(t);
    }

    private static JsonArrayBuilder subjects(ItemContent item) {
        JsonArrayBuilder a = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("name", item.channel().name()).add("rel", "channel").add("uri", item.channel().uri()));
        if (item.parentChannel() != null) {
            a.add(Json.createObjectBuilder().add("name", item.parentChannel().name()).add("rel", "broader")
                    .add("uri", item.parentChannel().uri()));
        }
        for (String tag : item.keywords()) {
            a.add(Json.createObjectBuilder().add("name", tag).add("rel", "keyword"));
        }
        return a;
    }

    private static JsonObjectBuilder picture(ItemContent.Picture p) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("name", "cover")
                .add("uri", p.uri())
                .add("type", "picture")
                .add("descriptions", Json.createArrayBuilder().add(text("alt", p.alt(), "text/plain")));
        if (p.credit() != null) {
            o.add("infosources", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", p.credit())));
        }
        JsonArrayBuilder renditions = Json.createArrayBuilder();
        for (ItemContent.Rendition r : p.renditions()) {
            renditions.add(Json.createObjectBuilder()
                    .add("name", r.name())
                    .add("href", r.href())
                    .add("width", r.width())
                    .add("height", r.height())
                    .add("contenttype", r.contentType()));
        }
        return o.add("renditions", renditions);
    }

    private static JsonObjectBuilder text(String role, String value, String contentType) {
        return Json.createObjectBuilder().add("role", role).add("contenttype", contentType).add("value", value);
    }
}
