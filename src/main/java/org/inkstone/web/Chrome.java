package org.inkstone.web;

import org.inkstone.channel.Channel;

import java.util.List;
import java.util.Objects;

/**
 * What every page shows around its own content ({@code header.mustache}, {@code footer.mustache}): the
 * site's name, the context path that links start with, and the channel navigation in menu order. Built in
 * one place, {@link Pages#render}; page records never carry these values.
 *
 * @param siteName  {@code inkstone.site.name}, shown in the title, the brand link and the footer
 * @param base      the context path without a trailing slash ({@code ""} at the root, else e.g. {@code /inkstone})
 * @param channels  the header navigation, one link per visible top-level channel (一级栏目); empty only on an error page rendered while
 *                  the channel list cannot be loaded
 */
public record Chrome(String siteName, String base, List<Channel> channels) {

    public Chrome {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(base, "base");
        channels = List.copyOf(channels);
    }
}
