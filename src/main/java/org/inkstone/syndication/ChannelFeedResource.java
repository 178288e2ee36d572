package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A channel's feeds: {@code GET /channels/{id}/rss.xml} and {@code /channels/{id}/atom.xml} (a top-level channel's
 * include its second-level channels' articles; see {@link FeedService}); an unknown channel is the 404 page. Its
 * template has more literal characters than the channel page's {@code channels/{id}}, so JAX-RS matches
 * {@code /channels/x/rss.xml} here and {@code /channels/x} there. Headers and 304 as {@link FeedResource}.
 * Thread-safe (stateless).
 */
@Path("channels/{id}/{format: rss|atom}.xml")
@ApplicationScoped
public class ChannelFeedResource {

    @Inject
    FeedService feeds;

    @GET
    public Response get(@PathParam("id") String id, @PathParam("format") String format, @Context UriInfo uri,
                        @Context Request request) {
        return FeedResource.respond(feeds.feed(id, FeedResource.format(format), uri.getBaseUri()), request);
    }
}
