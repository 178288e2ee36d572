package org.inkstone.common;

import java.net.URI;
import java.time.ZoneId;

/**
 * The site as readers see it. Immutable.
 *
 * @param name    {@code inkstone.site.name}: shown in every page's title and header (default 墨砚新闻)
 * @param baseUrl {@code inkstone.site.base-url}: the public base URL for absolute links such as CAPTCHA images, or
 *                null (the default) to take each request's own; must be an absolute http(s) URL
 * @param zone    {@code inkstone.site.zone}: the zone of shown times and date filters (default Asia/Shanghai)
 */
public record SiteSettings(String name, URI baseUrl, ZoneId zone) {

    /** Reads the keys above; throws {@link InvalidSettingException} for a base URL that is not absolute http(s). */
    public static SiteSettings from(InkstoneConfig c) {
        String raw = c.get("inkstone.site.base-url");
        URI base = null;
        if (!raw.isEmpty()) {
            try {
                base = URI.create(raw);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("inkstone.site.base-url", "an absolute http or https URL", raw);
            }
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                throw new InvalidSettingException("inkstone.site.base-url", "an absolute http or https URL", raw);
            }
        }
        return new SiteSettings(c.get("inkstone.site.name"), base, c.zone());
    }
}
